const fs = require('fs');
const path = require('path');

class BaseTask {
  get target() {
    return path.join(__dirname, 'dist');
  }
}

class CleanTask extends BaseTask {}

const t = new CleanTask();
fs.rmSync(t.target, { recursive: true, force: true });
