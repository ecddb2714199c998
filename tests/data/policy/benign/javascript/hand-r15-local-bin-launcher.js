// An ordinary installer: writes the tool's own launcher into ~/.local/bin
// (a script that runs this package's CLI with node).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const bin = path.join(os.homedir(), '.local', 'bin');
const target = path.join(bin, 'mdlint');
fs.mkdirSync(bin, { recursive: true });
fs.writeFileSync(target, `#!/bin/sh\nexec node ${path.resolve(__dirname, 'cli.js')} "$@"\n`);
fs.chmodSync(target, 0o755);
console.log('installed', target);
