#!/usr/bin/env node
// Run `npm test` in every workspace package, two at a time, and summarise.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = process.cwd();
const limit = Number(process.env.JOBS || 2);

function packages() {
  const dir = path.join(root, 'packages');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((p) => fs.existsSync(path.join(p, 'package.json')));
}

function runTests(dir) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['test', '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      resolve({ dir, code, ms: Date.now() - started, output });
    });
  });
}

async function pool(items, n, fn) {
  const results = [];
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return results;
}

pool(packages(), limit, runTests).then((results) => {
  let failed = 0;
  for (const r of results) {
    const name = path.basename(r.dir);
    const mark = r.code === 0 ? 'ok  ' : 'FAIL';
    console.log(`${mark} ${name.padEnd(24)} ${(r.ms / 1000).toFixed(1)}s`);
    if (r.code !== 0) {
      failed++;
      console.log(r.output.split('\n').slice(-15).join('\n'));
    }
  }
  console.log(`${results.length - failed}/${results.length} packages passed`);
  process.exitCode = failed ? 1 : 0;
});
