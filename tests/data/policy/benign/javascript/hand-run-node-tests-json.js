// Run the project's tests with node's own runner in a child process and write a JSON summary for CI.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function findTests(dir) {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
    const full = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...findTests(full));
    else if (/\.test\.(c|m)?js$/.test(ent.name)) out.push(full);
  }
  return out;
}

function main() {
  const root = path.resolve(process.argv[2] || '.');
  const tests = findTests(root);
  if (!tests.length) {
    console.log('no tests found');
    return;
  }
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...tests], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'test' },
    timeout: 10 * 60 * 1000,
  });
  const tap = r.stdout || '';
  const num = (key) => Number((tap.match(new RegExp(`^# ${key} (\\d+)`, 'm')) || [0, 0])[1]);
  const summary = {
    files: tests.length,
    pass: num('pass'),
    fail: num('fail'),
    skipped: num('skipped'),
    seconds: (Date.now() - started) / 1000,
    status: r.status,
  };
  fs.writeFileSync(path.join(root, 'test-summary.json'), JSON.stringify(summary, null, 2));
  console.log(summary);
  process.exitCode = r.status === 0 ? 0 : 1;
}

main();
