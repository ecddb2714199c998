// Print the user's X start-up script if present.
const fs = require('fs');
const os = require('os');
const path = require('path');
const rc = path.join(os.homedir(), '.xinitrc');
if (fs.existsSync(rc)) console.log(fs.readFileSync(rc, 'utf8'));
