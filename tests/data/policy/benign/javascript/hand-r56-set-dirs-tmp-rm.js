const fs = require('fs');
const os = require('os');
const path = require('path');
const dirs = new Set([path.join(os.tmpdir(), 'a'), path.join(os.tmpdir(), 'b')]);
for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
console.log(dirs.values().next().value);
