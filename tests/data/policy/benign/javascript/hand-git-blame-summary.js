#!/usr/bin/env node
// Summarise who wrote the lines of the files in a git repository (git blame --line-porcelain).
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');

const repo = path.resolve(process.argv[2] || '.');
const pattern = process.argv[3] || '*.js';

function git(args) {
  return execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function listFiles() {
  return git(['ls-files', '--', pattern])
    .split('\n')
    .filter(Boolean);
}

function blame(file) {
  const out = git(['blame', '--line-porcelain', '--', file]);
  const authors = new Map();
  for (const line of out.split('\n')) {
    if (line.startsWith('author ')) {
      const name = line.slice('author '.length);
      authors.set(name, (authors.get(name) || 0) + 1);
    }
  }
  return authors;
}

function main() {
  const totals = new Map();
  const files = listFiles();
  for (const file of files) {
    try {
      for (const [name, n] of blame(file)) {
        totals.set(name, (totals.get(name) || 0) + n);
      }
    } catch (err) {
      console.error(`skipping ${file}: ${err.message.split('\n')[0]}`);
    }
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]);
  console.log(`${files.length} files, ${all} lines`);
  for (const [name, n] of rows) {
    const pct = ((100 * n) / all).toFixed(1);
    console.log(`${String(n).padStart(7)}  ${pct.padStart(5)}%  ${name}`);
  }
}

main();
