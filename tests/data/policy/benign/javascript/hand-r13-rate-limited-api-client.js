// Ordinary agent tool: pages through an issues API with a token from the
// environment, honours rate-limit headers, and saves a JSON summary.
'use strict';
const fs = require('fs');

const API = process.env.TRACKER_API || 'https://tracker.example.com/api';
const TOKEN = process.env.TRACKER_TOKEN;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function get(url) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await fetch(url, { headers: { authorization: `token ${TOKEN}`, accept: 'application/json' } });
    if (res.status === 429) {
      const wait = Number(res.headers.get('retry-after') || 2) * 1000;
      await sleep(wait);
      continue;
    }
    if (!res.ok) throw new Error(`${res.status} for ${url}`);
    return res.json();
  }
  throw new Error('rate limited too many times');
}

async function main() {
  const all = [];
  for (let page = 1; page < 20; page++) {
    const batch = await get(`${API}/issues?state=open&page=${page}`);
    if (!batch.length) break;
    all.push(...batch);
  }
  const byLabel = {};
  for (const i of all) for (const l of i.labels || []) byLabel[l] = (byLabel[l] || 0) + 1;
  fs.writeFileSync('issues-summary.json', JSON.stringify({ total: all.length, byLabel }, null, 2));
  console.log(`${all.length} open issues`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
