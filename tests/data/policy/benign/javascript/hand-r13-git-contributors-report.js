// Ordinary agent tool: lists contributors of the current git repository with
// commit counts (git shortlog via execFileSync) and writes a markdown report.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 16 << 20 });
}

function contributors(since) {
  const out = git(['shortlog', '-sne', `--since=${since}`, 'HEAD']);
  return out.split('\n').filter(Boolean).map((line) => {
    const m = line.trim().match(/^(\d+)\s+(.+?)\s+<(.+)>$/);
    return m ? { commits: Number(m[1]), name: m[2], email: m[3] } : null;
  }).filter(Boolean);
}

function render(rows, since) {
  const lines = [`# Contributors since ${since}`, '', '| Name | Commits |', '|---|---:|'];
  for (const r of rows) lines.push(`| ${r.name} | ${r.commits} |`);
  return lines.join('\n') + '\n';
}

const since = process.argv[2] || '3 months ago';
const rows = contributors(since);
const out = path.join('reports', 'contributors.md');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, render(rows, since));
console.log(`wrote ${out} (${rows.length} contributors)`);
