#!/usr/bin/env node
// Check a list of URLs (one per line in a file) with bounded concurrency and a per-request
// timeout; print a table and exit non-zero if any is broken.
'use strict';
const fs = require('fs');

const file = process.argv[2] || 'urls.txt';
const concurrency = Number(process.env.CHECK_CONCURRENCY || 8);
const timeoutMs = Number(process.env.CHECK_TIMEOUT_MS || 10000);

async function check(url) {
  const started = Date.now();
  try {
    const res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    return { url, status: res.status, ok: res.ok, ms: Date.now() - started };
  } catch (err) {
    return { url, status: 0, ok: false, ms: Date.now() - started, error: err.name };
  }
}

async function pool(items, limit, worker) {
  const results = new Array(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

(async () => {
  const urls = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const results = await pool(urls, concurrency, check);
  const width = Math.max(...results.map((r) => r.url.length), 3);
  for (const r of results) {
    const mark = r.ok ? 'ok ' : 'BAD';
    console.log(`${mark} ${r.url.padEnd(width)} ${String(r.status).padStart(3)} ${r.ms}ms${r.error ? ' ' + r.error : ''}`);
  }
  const broken = results.filter((r) => !r.ok).length;
  console.log(`${results.length - broken}/${results.length} reachable`);
  process.exitCode = broken ? 1 : 0;
})();
