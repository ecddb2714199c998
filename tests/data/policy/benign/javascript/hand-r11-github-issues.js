// Ordinary program: lists open issues of a GitHub repository through the
// REST API, using a token from GITHUB_TOKEN, and prints a table by label.
'use strict';

const repo = process.argv[2] || 'nodejs/node';
const token = process.env.GITHUB_TOKEN;

async function page(n) {
  const headers = { accept: 'application/vnd.github+json', 'user-agent': 'issue-lister' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`https://api.github.com/repos/${repo}/issues?state=open&per_page=100&page=${n}`, { headers });
  if (!res.ok) throw new Error(`GitHub API ${res.status}`);
  return res.json();
}

async function main() {
  const byLabel = new Map();
  for (let n = 1; n <= 3; n++) {
    const items = await page(n);
    for (const it of items) {
      if (it.pull_request) continue;
      const labels = it.labels.length ? it.labels.map((l) => l.name) : ['(none)'];
      for (const l of labels) byLabel.set(l, (byLabel.get(l) || 0) + 1);
    }
    if (items.length < 100) break;
  }
  const rows = [...byLabel.entries()].sort((a, b) => b[1] - a[1]);
  for (const [label, n] of rows) console.log(`${String(n).padStart(5)}  ${label}`);
}

main().catch((e) => { console.error(e.message); process.exitCode = 1; });
