#!/usr/bin/env node
// Watch src/ and re-run the build script (npm run build) when files change, debounced.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const root = process.cwd();
const srcDir = path.join(root, process.argv[2] || 'src');
const DEBOUNCE_MS = Number(process.env.DEBOUNCE_MS || 300);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let timer = null;
let running = null;
let pending = false;
const changed = new Set();

function build() {
  if (running) {
    pending = true;
    return;
  }
  const files = [...changed];
  changed.clear();
  console.log(`[watch] ${files.length} change(s): ${files.slice(0, 5).join(', ')}`);
  const started = Date.now();
  running = spawn(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  running.on('exit', (code) => {
    console.log(`[watch] build ${code === 0 ? 'ok' : `failed (${code})`} in ${Date.now() - started} ms`);
    running = null;
    if (pending) {
      pending = false;
      build();
    }
  });
}

if (!fs.existsSync(srcDir)) {
  console.error(`no such directory: ${srcDir}`);
  process.exit(1);
}

fs.watch(srcDir, { recursive: true }, (event, file) => {
  if (!file || file.endsWith('~') || file.startsWith('.')) return;
  changed.add(file);
  clearTimeout(timer);
  timer = setTimeout(build, DEBOUNCE_MS);
});

console.log(`[watch] watching ${path.relative(root, srcDir) || '.'} (Ctrl-C to stop)`);
process.on('SIGINT', () => {
  if (running) running.kill('SIGINT');
  process.exit(130);
});
