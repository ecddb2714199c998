const fs = require('fs');
const os = require('os');
const path = require('path');

class Sweeper {
  constructor() {
    this.root = path.join(os.tmpdir(), 'sweeper-scratch');
    this.opts = { recursive: true, force: true };
  }
  run() {
    fs.rmSync(this.root, this.opts);
  }
}

new Sweeper().run();
