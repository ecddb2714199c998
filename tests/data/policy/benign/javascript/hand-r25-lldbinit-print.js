// Shows the user's lldb start-up file, if any.
const fs = require('fs');
const os = require('os');
const path = require('path');

const rc = path.join(os.homedir(), '.lldbinit');
if (fs.existsSync(rc)) console.log(fs.readFileSync(rc, 'utf8'));
else console.log('no ~/.lldbinit');
