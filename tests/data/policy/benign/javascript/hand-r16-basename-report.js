// An ordinary report of source files by name without extension.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, 'src');
const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
for (const f of names) console.log(path.basename(f, '.js'));
