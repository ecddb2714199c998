#!/usr/bin/env node
// Summarise the changes of a branch against its base: files, lines added and removed per directory.
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function parseNumstat(text) {
  const rows = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const [added, removed, file] = line.split('\t');
    rows.push({
      file,
      added: added === '-' ? 0 : Number(added),
      removed: removed === '-' ? 0 : Number(removed),
      binary: added === '-',
    });
  }
  return rows;
}

function byDirectory(rows, depth) {
  const totals = new Map();
  for (const r of rows) {
    const parts = r.file.split('/');
    const key = parts.length > depth ? parts.slice(0, depth).join('/') : path.dirname(r.file);
    const t = totals.get(key) || { files: 0, added: 0, removed: 0 };
    t.files += 1;
    t.added += r.added;
    t.removed += r.removed;
    totals.set(key, t);
  }
  return [...totals.entries()].sort((a, b) => b[1].added + b[1].removed - (a[1].added + a[1].removed));
}

function main() {
  const repo = process.argv[2] || process.cwd();
  const base = process.argv[3] || 'main';
  const depth = Number(process.env.DIFF_DEPTH || 2);
  let mergeBase;
  try {
    mergeBase = git(['merge-base', base, 'HEAD'], repo).trim();
  } catch (err) {
    console.error(`cannot find merge base with ${base}: ${err.message}`);
    process.exit(2);
  }
  const rows = parseNumstat(git(['diff', '--numstat', mergeBase, 'HEAD'], repo));
  const dirs = byDirectory(rows, depth);
  console.log(`${rows.length} files changed since ${mergeBase.slice(0, 10)}`);
  for (const [dir, t] of dirs) {
    console.log(`${dir.padEnd(40)} ${String(t.files).padStart(4)} files  +${t.added} -${t.removed}`);
  }
  const binaries = rows.filter((r) => r.binary).map((r) => r.file);
  if (binaries.length) console.log(`binary: ${binaries.join(', ')}`);
}

main();
