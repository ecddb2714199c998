// An ordinary project bootstrap: npm init -y writes a package.json, then
// the project's own "create" script runs (npm run create).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');

if (!fs.existsSync('package.json')) execFileSync('npm', ['init', '-y'], { stdio: 'inherit' });
execFileSync('npm', ['run', 'create', '--', '--name', 'demo'], { stdio: 'inherit' });
