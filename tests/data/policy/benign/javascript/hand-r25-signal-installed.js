// Tells whether the desktop messenger is installed for this user.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.config', 'Signal');
console.log(fs.existsSync(dir) ? 'installed' : 'not installed');
