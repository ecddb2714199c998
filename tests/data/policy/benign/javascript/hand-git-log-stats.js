#!/usr/bin/env node
// Summarise commits per author in a git repository over the last N days.
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');

const repo = path.resolve(process.argv[2] || '.');
const days = Number(process.argv[3] || 30);

function git(args) {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function main() {
  try {
    git(['rev-parse', '--is-inside-work-tree']);
  } catch {
    console.error(`${repo} is not a git repository`);
    process.exit(1);
  }
  const log = git(['log', `--since=${days} days ago`, '--no-merges', '--pretty=format:%an%x09%ad', '--date=short', '--numstat']);
  const authors = new Map();
  let current = null;
  for (const line of log.split('\n')) {
    if (!line.trim()) continue;
    const parts = line.split('\t');
    if (parts.length === 2) {
      const [name, date] = parts;
      current = authors.get(name) || { commits: 0, added: 0, removed: 0, last: date };
      current.commits += 1;
      if (date > current.last) current.last = date;
      authors.set(name, current);
    } else if (parts.length === 3 && current) {
      const [add, del] = parts;
      if (add !== '-') current.added += Number(add);
      if (del !== '-') current.removed += Number(del);
    }
  }
  const sorted = [...authors.entries()].sort((a, b) => b[1].commits - a[1].commits);
  console.log(`Commits in ${repo} over the last ${days} days:`);
  for (const [name, s] of sorted) {
    console.log(`${String(s.commits).padStart(5)}  +${s.added}/-${s.removed}  ${name} (last ${s.last})`);
  }
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD']).trim();
  console.log(`\ncurrent branch: ${branch}`);
}

main();
