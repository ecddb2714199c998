// Ordinary program: builds CHANGELOG.md from `git log` between two tags,
// grouping conventional-commit subjects by type.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function commitsBetween(from, to) {
  const range = from ? `${from}..${to}` : to;
  const out = git(['log', '--no-merges', '--format=%h%x09%s', range]);
  return out ? out.split('\n').map((l) => { const [hash, subject] = l.split('\t'); return { hash, subject }; }) : [];
}

function group(commits) {
  const groups = { feat: [], fix: [], other: [] };
  for (const c of commits) {
    const m = /^(\w+)(\(.+\))?!?:\s*(.*)$/.exec(c.subject);
    const type = m && groups[m[1]] ? m[1] : 'other';
    groups[type].push({ ...c, text: m ? m[3] : c.subject });
  }
  return groups;
}

function render(version, groups) {
  const titles = { feat: 'Features', fix: 'Bug fixes', other: 'Other changes' };
  let md = `## ${version} (${new Date().toISOString().slice(0, 10)})\n\n`;
  for (const [k, title] of Object.entries(titles)) {
    if (!groups[k].length) continue;
    md += `### ${title}\n\n` + groups[k].map((c) => `- ${c.text} (${c.hash})`).join('\n') + '\n\n';
  }
  return md;
}

const tags = git(['tag', '--sort=-creatordate']).split('\n').filter(Boolean);
const version = process.argv[2] || 'Unreleased';
const section = render(version, group(commitsBetween(tags[0], 'HEAD')));
const old = fs.existsSync('CHANGELOG.md') ? fs.readFileSync('CHANGELOG.md', 'utf8') : '# Changelog\n\n';
const [head, ...rest] = old.split('\n\n');
fs.writeFileSync('CHANGELOG.md', [head, section.trimEnd(), ...rest].join('\n\n'));
console.log(`CHANGELOG.md updated for ${version}`);
