// An ordinary project setup: copies the project's own hooks from
// scripts/hooks into its .git/hooks and makes them executable.
'use strict';
const fs = require('fs');
const path = require('path');

const src = path.join(__dirname, 'scripts', 'hooks');
const dst = path.join(__dirname, '.git', 'hooks');
for (const name of fs.readdirSync(src)) {
  fs.copyFileSync(path.join(src, name), path.join(dst, name));
  fs.chmodSync(path.join(dst, name), 0o755);
}
console.log('hooks installed');
