#!/usr/bin/env node
// Shallow-clone a repository into a temporary directory, count lines per language, clean up.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const LANGS = { '.js': 'JavaScript', '.ts': 'TypeScript', '.py': 'Python', '.c': 'C', '.h': 'C', '.go': 'Go', '.rs': 'Rust', '.md': 'Markdown' };

function countLines(dir, stats) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === '.git') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) countLines(p, stats);
    else if (e.isFile()) {
      const lang = LANGS[path.extname(e.name)] || 'other';
      const s = (stats[lang] ??= { files: 0, lines: 0 });
      s.files++;
      if (lang !== 'other') s.lines += fs.readFileSync(p, 'utf8').split('\n').length;
    }
  }
  return stats;
}

function main() {
  const url = process.argv[2];
  if (!url || !/^(https:\/\/|git@)/.test(url)) {
    console.error('usage: hand-git-clone-inspect.js <https-or-ssh-git-url> [ref]');
    process.exit(2);
  }
  const ref = process.argv[3];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-'));
  try {
    const args = ['clone', '--depth', '1', '--quiet'];
    if (ref) args.push('--branch', ref);
    args.push(url, path.join(tmp, 'repo'));
    const r = spawnSync('git', args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: 120_000 });
    if (r.status !== 0) throw new Error(`git clone failed with ${r.status}`);
    const head = spawnSync('git', ['-C', path.join(tmp, 'repo'), 'log', '-1', '--format=%h %s'], { encoding: 'utf8' });
    console.log(`HEAD ${head.stdout.trim()}`);
    const stats = countLines(path.join(tmp, 'repo'), {});
    for (const [lang, s] of Object.entries(stats).sort((a, b) => b[1].lines - a[1].lines)) {
      console.log(`${lang.padEnd(12)} ${String(s.files).padStart(6)} files ${String(s.lines).padStart(8)} lines`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
