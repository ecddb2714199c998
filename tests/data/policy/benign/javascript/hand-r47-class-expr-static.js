const fs = require('fs');
const os = require('os');
const path = require('path');

const Paths = class {
  static root = path.join(os.tmpdir(), 'paths-demo');
};
fs.mkdirSync(Paths.root, { recursive: true });
fs.rmSync(Paths.root, { recursive: true, force: true });
