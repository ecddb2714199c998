const fs = require('fs');
const os = require('os');

class Roots {
  *[Symbol.iterator]() {
    yield os.homedir();
    yield os.tmpdir();
  }
}

for (const r of new Roots()) {
  console.log(r, fs.readdirSync(r).length);
}
