// Removes the build output, found relative to the project.
const fs = require('fs');
const path = require('path');

const rel = path.relative(process.cwd(), path.join(process.cwd(), 'dist'));
fs.rmSync(path.join(process.cwd(), rel), { recursive: true, force: true });
