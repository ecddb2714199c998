const fs = require('fs');
const path = require('path');
const cfg = { out: path.join(__dirname, 'dist') };
const d = Object.getOwnPropertyDescriptor(cfg, 'out');
console.log(d.writable, d.enumerable);
fs.rmSync(d.value, { recursive: true, force: true });
