// Ordinary: a build helper that removes its own dist/ directory, compiles the
// sources with esbuild through npx, and copies static assets.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname);
const dist = path.join(root, 'dist');
const assets = path.join(root, 'public');

function clean() {
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });
}

function compile() {
  const r = spawnSync('npx', ['esbuild', 'src/index.ts', '--bundle', '--outfile=dist/app.js', '--minify'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('esbuild failed');
}

function copyAssets() {
  if (!fs.existsSync(assets)) return 0;
  fs.cpSync(assets, dist, { recursive: true });
  return fs.readdirSync(assets).length;
}

clean();
compile();
console.log(`copied ${copyAssets()} asset entries into ${path.relative(process.cwd(), dist)}`);
