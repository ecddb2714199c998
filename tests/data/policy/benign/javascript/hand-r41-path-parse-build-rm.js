// Removes the build output next to the sources.
const fs = require('fs');
const path = require('path');

const { dir, base } = path.parse(path.join(process.cwd(), 'dist'));
fs.rmSync(path.join(dir, base), { recursive: true, force: true });
