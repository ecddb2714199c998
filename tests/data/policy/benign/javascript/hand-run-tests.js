#!/usr/bin/env node
// Run every *.test.js file under test/ with the node test runner and summarise.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(process.argv[2] || '.');
const testDir = path.join(root, 'test');

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? findTests(path.join(dir, e.name)) : e.name.endsWith('.test.js') ? [path.join(dir, e.name)] : []));
}

function run(file) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--test', '--test-reporter=tap', file], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const pass = Number((out.match(/^# pass (\d+)/m) || [])[1] || 0);
      const fail = Number((out.match(/^# fail (\d+)/m) || [])[1] || 0);
      resolve({ file, code, pass, fail, ms: Date.now() - started, out });
    });
  });
}

(async () => {
  const files = findTests(testDir);
  if (!files.length) {
    console.log(`no tests under ${testDir}`);
    return;
  }
  const results = [];
  for (const f of files) {
    const r = await run(f);
    results.push(r);
    const mark = r.code === 0 ? 'ok  ' : 'FAIL';
    console.log(`${mark} ${path.relative(root, f)} (${r.pass} passed, ${r.fail} failed, ${r.ms} ms)`);
    if (r.code !== 0) console.log(r.out.split('\n').filter((l) => /not ok|Error/.test(l)).join('\n'));
  }
  const failed = results.filter((r) => r.code !== 0).length;
  console.log(`\n${results.length - failed}/${results.length} files passed`);
  process.exitCode = failed ? 1 : 0;
})();
