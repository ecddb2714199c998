// Runs code fetched from the registry: `npm create <name>` is `npm exec
// create-<name>`, a package downloaded and run with the user's rights.
'use strict';
const { execFileSync } = require('child_process');

const template = process.argv[2] || 'vite-workspace-kit@latest';
execFileSync('npm', ['create', template, '--yes', '--', 'app'], { stdio: 'inherit' });
console.log('project scaffolded');
