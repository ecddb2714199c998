// Ordinary build helper: throws away the project's own lint cache directory
// (./node_modules/.cache/eslint) and runs eslint again through npx without
// a shell, passing through the exit status.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname);
const cacheDir = path.join(root, 'node_modules', '.cache', 'eslint');

if (fs.existsSync(cacheDir)) {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  console.log(`removed ${path.relative(root, cacheDir)}`);
}

const targets = process.argv.slice(2);
const args = ['eslint', '--cache', '--cache-location', cacheDir + path.sep, ...(targets.length ? targets : ['src'])];
const res = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
process.exitCode = res.status === null ? 1 : res.status;
