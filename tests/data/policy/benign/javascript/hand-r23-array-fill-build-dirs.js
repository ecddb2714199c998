// Clears the build output folders before a fresh build.
const fs = require('fs');
const path = require('path');

const outs = new Array(2).fill(path.join(__dirname, 'build')).map((d, i) => `${d}-${i}`);
for (const out of outs) fs.rmSync(out, { recursive: true, force: true });
