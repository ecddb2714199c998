#!/usr/bin/env node
// Post a short summary of the current branch's diff as a comment on a GitHub pull request.
// Usage: GITHUB_TOKEN=... node hand-github-pr-comment.js owner/repo 123 [base]
'use strict';
const { execFileSync } = require('child_process');

const [, , repoSlug, prNumber, base = 'origin/main'] = process.argv;
if (!repoSlug || !prNumber) {
  console.error('usage: hand-github-pr-comment.js owner/repo PR [base]');
  process.exit(2);
}

const token = process.env.GITHUB_TOKEN;
if (!token) {
  console.error('GITHUB_TOKEN is not set');
  process.exit(2);
}

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
}

function diffSummary() {
  const numstat = git('diff', '--numstat', `${base}...HEAD`).trim();
  const rows = numstat ? numstat.split('\n') : [];
  let added = 0;
  let removed = 0;
  const files = [];
  for (const row of rows) {
    const [a, r, file] = row.split('\t');
    const na = a === '-' ? 0 : Number(a);
    const nr = r === '-' ? 0 : Number(r);
    added += na;
    removed += nr;
    files.push({ file, na, nr });
  }
  files.sort((x, y) => y.na + y.nr - (x.na + x.nr));
  return { added, removed, files };
}

function render({ added, removed, files }) {
  const lines = [`**${files.length} files changed**, +${added} / -${removed}`, ''];
  lines.push('| file | + | - |', '|---|---:|---:|');
  for (const f of files.slice(0, 15)) lines.push(`| \`${f.file}\` | ${f.na} | ${f.nr} |`);
  if (files.length > 15) lines.push(`| … ${files.length - 15} more | | |`);
  return lines.join('\n');
}

async function postComment(body) {
  const url = `https://api.github.com/repos/${repoSlug}/issues/${prNumber}/comments`;
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ body }),
  });
  if (!res.ok) throw new Error(`GitHub answered ${res.status}: ${await res.text()}`);
  return res.json();
}

(async () => {
  const summary = diffSummary();
  const comment = await postComment(render(summary));
  console.log('posted', comment.html_url);
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
