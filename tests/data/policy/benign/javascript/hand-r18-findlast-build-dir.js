// Removes the newest build directory under dist/.
const fs = require('fs');
const path = require('path');
const dirs = fs.readdirSync('dist').filter((d) => d.startsWith('build-')).sort();
const last = dirs.findLast((d) => d.length > 6);
if (last) fs.rmSync(path.join('dist', last), { recursive: true, force: true });
