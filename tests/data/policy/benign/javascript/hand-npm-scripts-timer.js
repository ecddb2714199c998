#!/usr/bin/env node
// Run several npm scripts one after another and print how long each took.
'use strict';

const fs = require('fs');
const { spawn } = require('child_process');

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const scripts = pkg.scripts || {};
const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : ['lint', 'typecheck', 'test'].filter((n) => n in scripts);

function runScript(name) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn('npm', ['run', '--silent', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0', CI: 'true' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ name, code, ms, output });
    });
  });
}

(async () => {
  const results = [];
  for (const name of names) {
    if (!(name in scripts)) {
      console.warn(`skipping ${name}: not in package.json`);
      continue;
    }
    process.stdout.write(`${name} ... `);
    const r = await runScript(name);
    console.log(r.code === 0 ? `ok (${r.ms.toFixed(0)} ms)` : `FAILED (exit ${r.code})`);
    if (r.code !== 0) console.log(r.output.split('\n').slice(-20).join('\n'));
    results.push(r);
  }
  const failed = results.filter((r) => r.code !== 0);
  const total = results.reduce((s, r) => s + r.ms, 0);
  console.log(`\n${results.length} scripts, ${failed.length} failed, ${(total / 1000).toFixed(1)} s total`);
  process.exitCode = failed.length ? 1 : 0;
})();
