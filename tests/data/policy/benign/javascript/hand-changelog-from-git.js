// An ordinary release helper: reads the commits since the last tag with
// `git describe` and `git log` (execFileSync of git) and writes a grouped
// CHANGELOG section for conventional-commit prefixes.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

function lastTag() {
  try {
    return git(['describe', '--tags', '--abbrev=0']);
  } catch {
    return null;
  }
}

function commitsSince(tag) {
  const range = tag ? `${tag}..HEAD` : 'HEAD';
  const out = git(['log', range, '--format=%h%x1f%s']);
  return out ? out.split('\n').map((l) => { const [hash, subject] = l.split('\x1f'); return { hash, subject }; }) : [];
}

const GROUPS = { feat: 'Features', fix: 'Bug fixes', perf: 'Performance', docs: 'Documentation' };

function group(commits) {
  const out = {};
  for (const c of commits) {
    const m = /^(\w+)(\(.+\))?!?:\s*(.*)$/.exec(c.subject);
    const key = m && GROUPS[m[1]] ? GROUPS[m[1]] : 'Other';
    (out[key] = out[key] || []).push(`- ${m ? m[3] : c.subject} (${c.hash})`);
  }
  return out;
}

function render(version, groups) {
  const lines = [`## ${version} - ${new Date().toISOString().slice(0, 10)}`, ''];
  for (const [title, items] of Object.entries(groups)) {
    lines.push(`### ${title}`, ...items, '');
  }
  return lines.join('\n');
}

const version = process.argv[2] || 'Unreleased';
const section = render(version, group(commitsSince(lastTag())));
const file = path.join(process.cwd(), 'CHANGELOG.md');
const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Changelog\n\n';
const [head, ...rest] = old.split('\n\n');
fs.writeFileSync(file, [head, section, ...rest].join('\n\n'));
console.log(section);
