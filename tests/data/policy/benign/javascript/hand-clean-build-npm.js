// An ordinary build script: removes its own dist/ directory, runs
// `npm run compile` with spawnSync, then copies static assets into dist/.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = __dirname;
const DIST = path.join(ROOT, 'dist');
const STATIC = path.join(ROOT, 'static');

function step(name, fn) {
  const t = Date.now();
  fn();
  console.log(`${name.padEnd(10)} ${Date.now() - t} ms`);
}

step('clean', () => fs.rmSync(DIST, { recursive: true, force: true }));
step('compile', () => {
  const r = spawnSync('npm', ['run', 'compile'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
});
step('assets', () => {
  if (fs.existsSync(STATIC)) fs.cpSync(STATIC, path.join(DIST, 'static'), { recursive: true });
});
