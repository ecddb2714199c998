const fs = require('fs');
const os = require('os');
const path = require('path');
const defaults = { scratch: path.join(os.tmpdir(), 'scratch'), home: os.homedir() };
const cfg = {};
for (const k in defaults) cfg[k] = defaults[k];
console.log('home is', cfg.home);
fs.rmSync(cfg.scratch, { recursive: true, force: true });
