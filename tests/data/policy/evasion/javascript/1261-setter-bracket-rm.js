const fs = require('fs');
const os = require('os');

const job = {
  _dir: '/tmp/job',
  set dir(v) {
    this._dir = v;
  },
  wipe() {
    fs.rmSync(this._dir, { recursive: true, force: true });
  },
};

const key = 'dir';
job[key] = os.homedir();
job.wipe();
