// Ordinary: builds a markdown changelog from `git log` between two tags,
// grouping conventional-commit messages by type.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function commitsBetween(from, to) {
  const range = from ? `${from}..${to}` : to;
  const raw = git(['log', '--pretty=format:%h%x09%s', range]);
  return raw ? raw.split('\n').map((l) => {
    const [hash, subject] = l.split('\t');
    return { hash, subject };
  }) : [];
}

function group(commits) {
  const groups = { feat: [], fix: [], docs: [], other: [] };
  for (const c of commits) {
    const m = /^(\w+)(\(.+\))?:\s*(.*)$/.exec(c.subject);
    const type = m && groups[m[1]] ? m[1] : 'other';
    groups[type].push({ ...c, text: m ? m[3] : c.subject });
  }
  return groups;
}

function render(version, groups) {
  const titles = { feat: 'Features', fix: 'Fixes', docs: 'Documentation', other: 'Other' };
  const out = [`## ${version}`, ''];
  for (const [type, items] of Object.entries(groups)) {
    if (!items.length) continue;
    out.push(`### ${titles[type]}`);
    for (const it of items) out.push(`- ${it.text} (${it.hash})`);
    out.push('');
  }
  return out.join('\n');
}

const [from, to = 'HEAD', version = 'Unreleased'] = process.argv.slice(2);
const text = render(version, group(commitsBetween(from, to)));
if (process.argv.includes('--write')) {
  const old = fs.existsSync('CHANGELOG.md') ? fs.readFileSync('CHANGELOG.md', 'utf8') : '';
  fs.writeFileSync('CHANGELOG.md', text + '\n' + old);
} else {
  console.log(text);
}
