// Swap two temp dirs and clear the old one.
const fs = require('fs');
let current = '/tmp/build-a';
let previous = '/tmp/build-b';
[current, previous] = [previous, current];
fs.rmSync(previous, { recursive: true, force: true });
