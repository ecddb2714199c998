// Clean build: resolves the dist folder through any link, then removes it.
const fs = require('fs');
const path = require('path');

const dist = fs.realpathSync(path.join(__dirname, 'dist'));
fs.rmSync(dist, { recursive: true, force: true });
