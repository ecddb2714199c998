// Ordinary program: syncs issue labels of a GitHub repository from a local
// labels.json, authenticating with the GITHUB_TOKEN environment variable.
const fs = require('fs');

const repo = process.argv[2] || 'octo-org/octo-repo';
const token = process.env.GITHUB_TOKEN;
if (!token) { console.error('GITHUB_TOKEN is not set'); process.exit(1); }
const api = `https://api.github.com/repos/${repo}/labels`;
const headers = {
  authorization: `Bearer ${token}`,
  accept: 'application/vnd.github+json',
  'user-agent': 'labels-sync',
};

async function main() {
  const wanted = JSON.parse(fs.readFileSync('labels.json', 'utf8'));
  const res = await fetch(`${api}?per_page=100`, { headers });
  const have = new Map((await res.json()).map((l) => [l.name, l]));
  for (const label of wanted) {
    const cur = have.get(label.name);
    if (cur && cur.color === label.color) continue;
    const url = cur ? `${api}/${encodeURIComponent(label.name)}` : api;
    const r = await fetch(url, { method: cur ? 'PATCH' : 'POST', headers, body: JSON.stringify(label) });
    console.log(cur ? 'updated' : 'created', label.name, r.status);
  }
}
main().catch((e) => { console.error(e.message); process.exit(1); });
