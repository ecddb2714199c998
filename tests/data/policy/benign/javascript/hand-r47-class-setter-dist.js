const { rm } = require('fs/promises');
const path = require('path');

class Purge {
  constructor() {
    this._dir = 'dist';
  }
  set dir(d) {
    this._dir = d;
  }
}

const p = new Purge();
p.dir = path.join(__dirname, 'coverage');
rm(p._dir, { recursive: true, force: true });
