#!/usr/bin/env node
// Build a small project in a scratch directory, run its test, and clean up.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'build-check-'));

function write(rel, content) {
  const p = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

try {
  write('package.json', JSON.stringify({ name: 'scratch', version: '0.0.0', private: true }, null, 2));
  write('src/sum.js', 'module.exports = (xs) => xs.reduce((a, b) => a + b, 0);\n');
  const testFile = write(
    'test/sum.test.js',
    [
      "const test = require('node:test');",
      "const assert = require('node:assert');",
      "const sum = require('../src/sum');",
      "test('sum', () => assert.strictEqual(sum([1, 2, 3]), 6));",
      '',
    ].join('\n'),
  );
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--test', testFile], { cwd: tmp, encoding: 'utf8' });
  const ms = Date.now() - started;
  process.stdout.write(r.stdout);
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    console.error(`tests failed (exit ${r.status}) after ${ms} ms`);
    process.exitCode = 1;
  } else {
    console.log(`tests passed in ${ms} ms`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
