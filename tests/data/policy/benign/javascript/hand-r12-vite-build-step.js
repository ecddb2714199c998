// Ordinary: a release helper that type-checks with tsc, bundles the app
// with `npx vite build` (or webpack when a webpack config exists), and
// prints the size of each emitted file.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function step(label, cmd, args) {
  console.log(`> ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${label} failed`);
    process.exit(r.status || 1);
  }
}

const bundler = fs.existsSync('webpack.config.js') ? ['webpack', '--mode', 'production'] : ['vite', 'build'];
step('typecheck', 'npx', ['tsc', '--noEmit']);
step('bundle', 'npx', bundler);

const out = path.resolve('dist');
for (const name of fs.existsSync(out) ? fs.readdirSync(out) : []) {
  const st = fs.statSync(path.join(out, name));
  if (st.isFile()) console.log(`${name.padEnd(40)} ${(st.size / 1024).toFixed(1)} KB`);
}
