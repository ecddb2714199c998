#!/usr/bin/env node
// List the most recently updated repositories of a GitHub user or org.
// Usage: GITHUB_TOKEN=... node hand-github-api.js <owner> [--limit N]
'use strict';

const API = process.env.GITHUB_API_URL || 'https://api.github.com';

function parseArgs(argv) {
  const out = { owner: null, limit: 10 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--limit') out.limit = Number(argv[++i]);
    else if (!out.owner) out.owner = argv[i];
  }
  if (!out.owner) {
    console.error('usage: hand-github-api.js <owner> [--limit N]');
    process.exit(2);
  }
  return out;
}

async function gh(path) {
  const headers = {
    Accept: 'application/vnd.github+json',
    'User-Agent': 'repo-lister/1.0',
    'X-GitHub-Api-Version': '2022-11-28',
  };
  const token = process.env.GITHUB_TOKEN;
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${API}${path}`, { headers });
  if (res.status === 403 && res.headers.get('x-ratelimit-remaining') === '0') {
    const reset = new Date(Number(res.headers.get('x-ratelimit-reset')) * 1000);
    throw new Error(`rate limited until ${reset.toISOString()}`);
  }
  if (!res.ok) throw new Error(`GitHub ${res.status}: ${await res.text()}`);
  return res.json();
}

async function main() {
  const { owner, limit } = parseArgs(process.argv.slice(2));
  const repos = await gh(`/users/${encodeURIComponent(owner)}/repos?sort=updated&per_page=${limit}`);
  const rows = repos.map((r) => ({
    name: r.name,
    stars: r.stargazers_count,
    language: r.language || '-',
    updated: r.updated_at.slice(0, 10),
  }));
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  console.log(`${'name'.padEnd(width)}  stars  language    updated`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(width)}  ${String(r.stars).padStart(5)}  ${r.language.padEnd(10)}  ${r.updated}`);
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
