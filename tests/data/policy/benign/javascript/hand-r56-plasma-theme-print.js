const fs = require('fs');
const os = require('os');
const path = require('path');
const p = path.join(os.homedir(), '.config', 'kdeglobals');
if (fs.existsSync(p)) console.log(fs.readFileSync(p, 'utf8').split('\n').find((l) => l.startsWith('ColorScheme')));
