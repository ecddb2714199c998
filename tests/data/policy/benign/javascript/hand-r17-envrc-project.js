// Write a project's .envrc for direnv.
'use strict';
const fs = require('fs');

fs.writeFileSync('.envrc', 'layout node\nexport NODE_ENV=development\n');
console.log('run: direnv allow');
