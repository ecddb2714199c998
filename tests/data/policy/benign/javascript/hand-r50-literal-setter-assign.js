const fs = require('fs');
const path = require('path');

const task = {
  set out(v) {
    this.dest = v;
  },
  purge() {
    fs.rmSync(this.dest, { recursive: true, force: true });
  },
};

Object.assign(task, { out: path.join(__dirname, 'coverage') });
task.purge();
