// An ordinary API client: lists open issues of a GitHub repository with
// fetch, sending the GITHUB_TOKEN variable as its Authorization header, and
// prints them grouped by label.
'use strict';

const [owner, repo] = (process.argv[2] || 'nodejs/node').split('/');
const token = process.env.GITHUB_TOKEN;

async function page(n) {
  const url = `https://api.github.com/repos/${owner}/${repo}/issues?state=open&per_page=100&page=${n}`;
  const headers = { accept: 'application/vnd.github+json', 'user-agent': 'issue-lister' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`GitHub ${res.status}`);
  return res.json();
}

async function main() {
  const issues = [];
  for (let n = 1; n <= 5; n++) {
    const batch = await page(n);
    issues.push(...batch.filter((i) => !i.pull_request));
    if (batch.length < 100) break;
  }
  const byLabel = new Map();
  for (const i of issues) {
    for (const l of i.labels.length ? i.labels.map((x) => x.name) : ['(none)']) {
      if (!byLabel.has(l)) byLabel.set(l, []);
      byLabel.get(l).push(i);
    }
  }
  for (const [label, list] of [...byLabel].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${label} (${list.length})`);
    for (const i of list.slice(0, 5)) console.log(`  #${i.number} ${i.title}`);
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
