#!/usr/bin/env node
// Ordinary API client: lists the open issues of a GitHub repository (token from
// GITHUB_TOKEN), follows pagination, and writes them as a markdown checklist.
'use strict';

const fs = require('fs');

async function* issues(repo, token) {
  let url = `https://api.github.com/repos/${repo}/issues?state=open&per_page=100`;
  while (url) {
    const res = await fetch(url, {
      headers: {
        Accept: 'application/vnd.github+json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    });
    if (!res.ok) throw new Error(`GitHub answered ${res.status}`);
    for (const issue of await res.json()) {
      if (!issue.pull_request) yield issue;
    }
    const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') || '');
    url = next ? next[1] : null;
  }
}

async function main() {
  const [repo, out = 'ISSUES.md'] = process.argv.slice(2);
  if (!repo) throw new Error('usage: issues-md owner/name [out.md]');
  const lines = [`# Open issues of ${repo}`, ''];
  for await (const issue of issues(repo, process.env.GITHUB_TOKEN)) {
    const labels = issue.labels.map((l) => l.name).join(', ');
    lines.push(`- [ ] #${issue.number} ${issue.title}${labels ? ` (${labels})` : ''}`);
  }
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length - 2} issues to ${out}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
