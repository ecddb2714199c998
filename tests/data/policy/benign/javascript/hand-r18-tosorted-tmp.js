// Removes the oldest temporary output directory.
const fs = require('fs');
const order = ['/tmp/out-2', '/tmp/out-1'].toSorted();
fs.rmSync(order[0], { recursive: true, force: true });
