// Remove a build directory named on the command line (default: dist).
'use strict';
const fs = require('fs');
const { parseArgs } = require('util');

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
fs.rmSync(values.out, { recursive: true, force: true });
