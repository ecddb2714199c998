// Ordinary dev tool: lists the repository's git worktrees (git worktree list
// --porcelain), reports the ones whose directory is gone or whose branch was
// merged, and with --prune asks git to prune them.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');

function git(args, cwd = process.cwd()) {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

function parseWorktrees(text) {
  const out = [];
  let cur = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('worktree ')) {
      cur = { path: line.slice(9), branch: null, bare: false };
      out.push(cur);
    } else if (cur && line.startsWith('branch ')) {
      cur.branch = line.slice(7).replace('refs/heads/', '');
    } else if (cur && line === 'bare') {
      cur.bare = true;
    }
  }
  return out;
}

function main() {
  const prune = process.argv.includes('--prune');
  const merged = new Set(
    git(['branch', '--merged', 'main', '--format=%(refname:short)']).split('\n').filter(Boolean)
  );
  const trees = parseWorktrees(git(['worktree', 'list', '--porcelain']));
  let stale = 0;
  for (const t of trees.slice(1)) {
    const missing = !fs.existsSync(t.path);
    const done = t.branch && merged.has(t.branch);
    if (missing || done) {
      stale++;
      console.log(`${missing ? 'missing' : 'merged '}  ${t.path}  (${t.branch || 'detached'})`);
    }
  }
  console.log(`${trees.length} worktrees, ${stale} stale`);
  if (prune && stale) {
    git(['worktree', 'prune', '--verbose']);
    console.log('pruned');
  }
}

main();
