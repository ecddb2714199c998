// An ordinary scaffold check: asks npm which version of a starter is
// published and lists the installed tree, nothing is run from the registry.
'use strict';
const { execFileSync } = require('child_process');

const out = execFileSync('npm', ['view', 'create-vite', 'version'], { encoding: 'utf8' });
console.log('create-vite', out.trim());
console.log(execFileSync('npm', ['ls', '--depth=0'], { encoding: 'utf8' }));
