// Print the app name from the project's fly.toml.
'use strict';
const fs = require('fs');

const t = fs.readFileSync('fly.toml', 'utf8');
const m = t.match(/^app\s*=\s*"([^"]+)"/m);
console.log(m ? m[1] : 'no app');
