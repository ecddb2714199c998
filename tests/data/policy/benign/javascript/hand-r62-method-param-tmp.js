// Scratch workspace manager with instance and static helpers.
const fs = require('fs');
const os = require('os');
const path = require('path');

class Scratch {
  static sizeOf(dir) {
    let total = 0;
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      if (f.isFile()) total += fs.statSync(path.join(dir, f.name)).size;
    }
    return total;
  }

  create(prefix) {
    return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  }

  #wipe(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  done(dir) {
    this.#wipe(dir);
  }
}

const s = new Scratch();
const dir = s.create('job-');
fs.writeFileSync(path.join(dir, 'out.txt'), 'ok');
console.log('home top-level bytes', Scratch.sizeOf(os.homedir()));
s.done(dir);
