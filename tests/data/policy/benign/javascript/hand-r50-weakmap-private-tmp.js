const fs = require('fs');
const os = require('os');
const path = require('path');

const priv = new WeakMap();

class Scratch {
  constructor() {
    priv.set(this, { root: fs.mkdtempSync(path.join(os.tmpdir(), 'scratch-')) });
  }
  dispose() {
    const { root } = priv.get(this);
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const s = new Scratch();
s.dispose();
