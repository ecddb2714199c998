const fs = require('fs');
const path = require('path');

class Defaults {
  static get outdir() {
    return path.join(process.cwd(), 'out');
  }
}

class Settings extends Defaults {}

fs.rmSync(Settings.outdir, { recursive: true, force: true });
