#!/usr/bin/env node
// Ordinary build helper: removes the project's own dist/ and .cache/ directories
// (next to this script), runs `npm run build`, and prints the size of what was built.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname);
const outputs = ['dist', '.cache'].map((d) => path.join(root, d));

function dirSize(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return total;
}

for (const dir of outputs) {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`removed ${path.relative(root, dir)}/`);
}

const res = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (res.status !== 0) {
  console.error(`build failed with status ${res.status}`);
  process.exit(res.status || 1);
}

const dist = outputs[0];
if (fs.existsSync(dist)) {
  console.log(`dist/ is ${(dirSize(dist) / 1024).toFixed(1)} KiB`);
}
