// An ordinary build step that writes the CLI's fish completions into the
// project's completions/ directory, for packaging.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'completions');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'mytool.fish'), 'complete -c mytool -a "build test"\n');
console.log('completions written');
