// Ordinary build helper: removes its own ./dist and ./.cache directories,
// then runs `npm run build` and lists the produced files with sizes.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname);
for (const d of ['dist', '.cache']) {
  fs.rmSync(path.join(root, d), { recursive: true, force: true });
}

const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status || 1);

const dist = path.join(root, 'dist');
for (const f of fs.readdirSync(dist)) {
  const { size } = fs.statSync(path.join(dist, f));
  console.log(f.padEnd(30), (size / 1024).toFixed(1), 'KiB');
}
