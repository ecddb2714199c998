#!/usr/bin/env node
// Lint only the JavaScript files changed against the main branch.
'use strict';

const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function changedFiles(base) {
  const mergeBase = git(['merge-base', 'HEAD', base]);
  const out = git(['diff', '--name-only', '--diff-filter=ACMR', mergeBase, '--']);
  return out
    .split('\n')
    .filter((f) => /\.(c|m)?jsx?$/.test(f))
    .filter((f) => fs.existsSync(f));
}

function lint(files, fix) {
  const args = ['eslint', '--max-warnings=0'];
  if (fix) args.push('--fix');
  const res = spawnSync('npx', [...args, '--', ...files], { stdio: 'inherit' });
  return res.status === null ? 1 : res.status;
}

function main() {
  const base = process.env.LINT_BASE || 'origin/main';
  const fix = process.argv.includes('--fix');
  let files;
  try {
    files = changedFiles(base);
  } catch (e) {
    console.error(`cannot diff against ${base}: ${e.message}`);
    process.exit(2);
  }
  if (files.length === 0) {
    console.log('no changed JavaScript files');
    return;
  }
  console.log(`linting ${files.length} file(s)`);
  process.exitCode = lint(files, fix);
}

main();
