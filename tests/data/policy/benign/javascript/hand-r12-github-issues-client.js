// Ordinary: lists open issues of a GitHub repository with fetch, using a token
// from GITHUB_TOKEN if set, and prints them as a table.
'use strict';

const repo = process.argv[2] || 'nodejs/node';
const token = process.env.GITHUB_TOKEN;

async function getIssues(page) {
  const headers = { accept: 'application/vnd.github+json', 'user-agent': 'issue-lister' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`https://api.github.com/repos/${repo}/issues?state=open&per_page=50&page=${page}`, { headers });
  if (!res.ok) throw new Error(`GitHub answered ${res.status}`);
  return res.json();
}

function pad(s, n) {
  s = String(s);
  return s.length > n ? s.slice(0, n - 1) + '…' : s.padEnd(n);
}

async function main() {
  const pages = Number(process.argv[3] || 1);
  const all = [];
  for (let p = 1; p <= pages; p++) {
    const items = await getIssues(p);
    all.push(...items.filter((i) => !i.pull_request));
    if (items.length < 50) break;
  }
  for (const i of all) {
    console.log(`${pad('#' + i.number, 8)} ${pad(i.user.login, 16)} ${pad(i.title, 70)}`);
  }
  console.log(`${all.length} open issues`);
}

main().catch((e) => { console.error(e.message); process.exitCode = 1; });
