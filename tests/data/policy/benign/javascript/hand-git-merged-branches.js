#!/usr/bin/env node
// Ordinary: lists local git branches already merged into the main branch, with the
// date of their last commit; with --delete removes them with `git branch -d`
// (never the current or protected branches).
'use strict';

const { execFileSync } = require('child_process');

const PROTECTED = new Set(['main', 'master', 'develop']);

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function mainBranch() {
  try {
    return git('symbolic-ref', '--short', 'refs/remotes/origin/HEAD').replace(/^origin\//, '');
  } catch {
    return 'main';
  }
}

function mergedBranches(base) {
  const current = git('rev-parse', '--abbrev-ref', 'HEAD');
  return git('branch', '--merged', base, '--format=%(refname:short)')
    .split('\n')
    .map((s) => s.trim())
    .filter((b) => b && b !== current && b !== base && !PROTECTED.has(b));
}

function lastCommitDate(branch) {
  return git('log', '-1', '--format=%cs', branch);
}

function main() {
  const del = process.argv.includes('--delete');
  const base = mainBranch();
  const branches = mergedBranches(base);
  if (branches.length === 0) {
    console.log(`no branches merged into ${base}`);
    return;
  }
  for (const b of branches) {
    console.log(`${lastCommitDate(b)}  ${b}`);
    if (del) {
      git('branch', '-d', b);
      console.log(`  deleted ${b}`);
    }
  }
}

main();
