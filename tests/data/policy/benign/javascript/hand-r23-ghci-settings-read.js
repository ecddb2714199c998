// Shows whether the user's GHCi start-up file sets a custom prompt.
const fs = require('fs');
const os = require('os');
const path = require('path');

const rc = path.join(os.homedir(), '.ghci');
const text = fs.existsSync(rc) ? fs.readFileSync(rc, 'utf8') : '';
console.log(/:set prompt/.test(text) ? 'custom prompt' : 'default prompt');
