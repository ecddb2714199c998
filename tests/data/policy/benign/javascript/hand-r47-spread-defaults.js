const fs = require('fs');

const defaults = { dir: './coverage', keep: false };
const cfg = { ...defaults, verbose: true };
if (!cfg.keep) fs.rmSync(cfg.dir, { recursive: true, force: true });
if (cfg.verbose) console.log('removed', cfg.dir);
