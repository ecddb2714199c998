// Show which keys the example env file defines.
const fs = require('fs');
const util = require('util');
const parsed = util.parseEnv(fs.readFileSync('.env.example', 'utf8'));
console.log(Object.keys(parsed).sort().join('\n'));
