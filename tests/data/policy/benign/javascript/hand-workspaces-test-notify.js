#!/usr/bin/env node
// Run `npm test` in every workspace package with CI=1, then post a one-line summary
// to a Slack incoming webhook if SLACK_WEBHOOK_URL is set.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const patterns = pkg.workspaces || [];

function workspaces() {
  const dirs = [];
  for (const pat of patterns) {
    if (pat.endsWith('/*')) {
      const base = path.join(root, pat.slice(0, -2));
      for (const name of fs.existsSync(base) ? fs.readdirSync(base) : []) {
        if (fs.existsSync(path.join(base, name, 'package.json'))) dirs.push(path.join(base, name));
      }
    } else if (fs.existsSync(path.join(root, pat, 'package.json'))) {
      dirs.push(path.join(root, pat));
    }
  }
  return dirs;
}

function runTests(dir) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['test', '--silent'], {
      cwd: dir,
      env: { ...process.env, CI: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ dir: path.relative(root, dir), code, ms: Date.now() - started, output }));
  });
}

(async () => {
  const results = [];
  for (const dir of workspaces()) {
    const r = await runTests(dir);
    console.log(`${r.code === 0 ? 'PASS' : 'FAIL'} ${r.dir} (${(r.ms / 1000).toFixed(1)}s)`);
    if (r.code !== 0) console.log(r.output.split('\n').slice(-20).join('\n'));
    results.push(r);
  }
  const failed = results.filter((r) => r.code !== 0);
  const text = `${pkg.name}: ${results.length - failed.length}/${results.length} workspaces pass` +
    (failed.length ? ` (failing: ${failed.map((r) => r.dir).join(', ')})` : '');
  console.log(text);
  const hook = process.env.SLACK_WEBHOOK_URL;
  if (hook) {
    await fetch(hook, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  }
  process.exitCode = failed.length ? 1 : 0;
})();
