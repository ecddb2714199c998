#!/usr/bin/env node
// Draft release notes from the merged pull requests since the last GitHub release.
'use strict';

const fs = require('fs');

const token = process.env.GITHUB_TOKEN;
const repo = process.argv[2] || process.env.GITHUB_REPOSITORY;
if (!repo || !repo.includes('/')) {
  console.error('usage: release-notes OWNER/REPO  (or set GITHUB_REPOSITORY)');
  process.exit(2);
}

const API = 'https://api.github.com';

async function gh(pathname, params = {}) {
  const url = new URL(API + pathname);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  const headers = { accept: 'application/vnd.github+json', 'user-agent': 'release-notes-script' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { headers });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`GitHub ${res.status} for ${url.pathname}: ${await res.text()}`);
  return res.json();
}

function section(title, prs) {
  if (prs.length === 0) return '';
  const lines = prs.map((pr) => `- ${pr.title} (#${pr.number}, @${pr.user.login})`);
  return `### ${title}\n\n${lines.join('\n')}\n\n`;
}

async function main() {
  const latest = await gh(`/repos/${repo}/releases/latest`);
  const since = latest ? new Date(latest.published_at) : new Date(0);
  const merged = [];
  for (let page = 1; page <= 5; page++) {
    const batch = await gh(`/repos/${repo}/pulls`, { state: 'closed', per_page: 100, page, sort: 'updated', direction: 'desc' });
    if (!batch || batch.length === 0) break;
    for (const pr of batch) {
      if (pr.merged_at && new Date(pr.merged_at) > since) merged.push(pr);
    }
    if (new Date(batch[batch.length - 1].updated_at) < since) break;
  }
  const has = (pr, name) => pr.labels.some((l) => l.name === name);
  const fixes = merged.filter((pr) => has(pr, 'bug'));
  const features = merged.filter((pr) => has(pr, 'enhancement'));
  const other = merged.filter((pr) => !fixes.includes(pr) && !features.includes(pr));
  const body =
    `## Changes since ${latest ? latest.tag_name : 'the beginning'}\n\n` +
    section('Features', features) +
    section('Fixes', fixes) +
    section('Other', other);
  const out = process.env.NOTES_FILE || 'RELEASE_NOTES.md';
  fs.writeFileSync(out, body);
  console.log(`wrote ${out}: ${merged.length} pull requests`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
