#!/usr/bin/env node
// Remove build outputs of the project in the current directory (dist, coverage, caches), then rebuild.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(process.argv[2] || '.');
const pkgFile = path.join(root, 'package.json');
if (!fs.existsSync(pkgFile)) {
  console.error(`${root} has no package.json; refusing to clean`);
  process.exit(2);
}

const TARGETS = ['dist', 'build', 'coverage', '.nyc_output', path.join('node_modules', '.cache')];

function size(p) {
  const st = fs.lstatSync(p);
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const name of fs.readdirSync(p)) total += size(path.join(p, name));
  return total;
}

let freed = 0;
for (const rel of TARGETS) {
  const target = path.join(root, rel);
  if (!target.startsWith(root + path.sep)) continue;
  if (!fs.existsSync(target)) continue;
  const bytes = size(target);
  fs.rmSync(target, { recursive: true, force: true });
  freed += bytes;
  console.log(`removed ${rel} (${(bytes / 1024).toFixed(1)} KiB)`);
}
console.log(`freed ${(freed / 1024 / 1024).toFixed(2)} MiB`);

const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
if (pkg.scripts && pkg.scripts.build && !process.argv.includes('--no-build')) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
