#!/usr/bin/env node
// Run the project's node:test files (test/**/*.test.js), optionally filtered by a name, and print a summary.
'use strict';

const fs = require('fs');
const path = require('path');
const { run } = require('node:test');

const root = path.resolve(process.argv[2] || '.');
const filter = process.argv[3] ? new RegExp(process.argv[3]) : null;

function collect(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') collect(full, out);
    else if (entry.isFile() && entry.name.endsWith('.test.js')) out.push(full);
  }
  return out;
}

const files = collect(path.join(root, 'test')).filter((f) => !filter || filter.test(f));
if (files.length === 0) {
  console.log('no test files found');
  process.exit(0);
}

let passed = 0;
let failed = 0;
const failures = [];
run({ files, concurrency: 2, timeout: 60_000 })
  .on('test:pass', (e) => {
    if (e.nesting === 0) passed++;
  })
  .on('test:fail', (e) => {
    if (e.nesting === 0) {
      failed++;
      failures.push(`${e.name}: ${e.details?.error?.message ?? 'failed'}`);
    }
  })
  .on('end', () => {
    console.log(`${files.length} files: ${passed} passed, ${failed} failed`);
    for (const f of failures) console.log(`  - ${f}`);
    process.exitCode = failed ? 1 : 0;
  })
  .resume();
