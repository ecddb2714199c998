// Removes a scratch directory on the next turn, handed over by a small defer helper.
const fs = require('fs');
const os = require('os');
const path = require('path');

const defer = (x) => new Promise((ok) => setImmediate(ok, x));
const scratch = path.join(os.tmpdir(), 'thumbs-cache');
fs.mkdirSync(scratch, { recursive: true });
defer(scratch).then((d) => {
  fs.rmSync(d, { recursive: true, force: true });
  console.log('cleared', d);
});
