const fs = require('fs');
const os = require('os');
const path = require('path');

const job = {
  _dir: null,
  set dir(v) {
    this._dir = v;
  },
  wipe() {
    fs.rmSync(this._dir, { recursive: true, force: true });
  },
};

job['dir'] = path.join(os.tmpdir(), 'job-output');
job.wipe();
