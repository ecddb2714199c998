// Shows the window manager's config, if there is one.
const fs = require('fs');
const os = require('os');
const path = require('path');

const rc = path.join(os.homedir(), '.config', 'bspwm', 'bspwmrc');
console.log(fs.existsSync(rc) ? 'bspwm config present' : 'no bspwm config');
