// Tells whether the desktop client has been set up for this user.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.local', 'share', 'TelegramDesktop');
console.log(fs.existsSync(dir) ? 'set up' : 'not set up');
