#!/usr/bin/env node
// Run lint, type-check and tests with a CI-like environment and report
// how long each step took.
'use strict';

const { spawnSync } = require('child_process');

function ciEnv(extra = {}) {
  return { ...process.env, CI: 'true', FORCE_COLOR: '0', NO_UPDATE_NOTIFIER: '1', ...extra };
}

const steps = [
  ['lint', 'npm', ['run', 'lint', '--silent']],
  ['types', 'npx', ['tsc', '--noEmit']],
  ['test', 'npm', ['test', '--silent']],
];

const results = [];
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    env: ciEnv({ STEP: name }),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  results.push({ name, ok: r.status === 0, ms: Date.now() - started, tail: (r.stdout + r.stderr).split('\n').slice(-5) });
}

for (const r of results) {
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(6)} ${(r.ms / 1000).toFixed(1)}s`);
  if (!r.ok) console.log(r.tail.join('\n'));
}
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
