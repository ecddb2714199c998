const fs = require('fs');
const path = require('path');

const job = {
  _target: path.join(__dirname, 'out'),
  set target(v) {
    this._target = v;
  },
};
job.target = path.join(__dirname, 'dist');
fs.rmSync(job._target, { recursive: true, force: true });
