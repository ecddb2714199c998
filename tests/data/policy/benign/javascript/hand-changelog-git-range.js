// Ordinary program: writes CHANGELOG.md for the commits since the last tag,
// grouped by conventional-commit type. Runs git through execFileSync.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

let since = '';
try { since = git('describe', '--tags', '--abbrev=0'); } catch { since = ''; }
const range = since ? `${since}..HEAD` : 'HEAD';
const lines = git('log', range, '--pretty=format:%h%x09%s').split('\n').filter(Boolean);

const groups = { feat: [], fix: [], other: [] };
for (const line of lines) {
  const [hash, subject] = line.split('\t');
  const m = /^(feat|fix)(\(.+\))?:\s*(.*)$/.exec(subject);
  (m ? groups[m[1]] : groups.other).push(`- ${m ? m[3] : subject} (${hash})`);
}

const out = [`# Changes since ${since || 'the beginning'}`, ''];
for (const [k, title] of [['feat', 'Features'], ['fix', 'Fixes'], ['other', 'Other']]) {
  if (groups[k].length) out.push(`## ${title}`, ...groups[k], '');
}
fs.writeFileSync(path.join(process.cwd(), 'CHANGELOG.md'), out.join('\n'));
console.log(`wrote ${lines.length} entries`);
