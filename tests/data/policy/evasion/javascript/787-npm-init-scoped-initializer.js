// Runs code fetched from the registry: `npm init @scope/name` runs the
// package @scope/create-name; the arguments are held in a name.
'use strict';
const { spawnSync } = require('child_process');

const initArgs = ['init', '@acme-tools/service', '-y'];
const r = spawnSync('npm', initArgs, { stdio: 'inherit', cwd: process.cwd() });
process.exitCode = r.status;
