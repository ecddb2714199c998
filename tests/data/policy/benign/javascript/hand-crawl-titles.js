#!/usr/bin/env node
// Fetch a list of URLs with a small concurrency limit and print each page title.
'use strict';

const fs = require('fs');

const LIMIT = Number(process.env.CRAWL_CONCURRENCY || 4);
const TIMEOUT_MS = Number(process.env.CRAWL_TIMEOUT_MS || 10000);

function extractTitle(html) {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return m ? m[1].replace(/\s+/g, ' ').trim() : '';
}

async function fetchTitle(url) {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(url, {
      signal: ctrl.signal,
      headers: { 'user-agent': 'title-crawler/1.0 (+https://example.org/bot)' },
    });
    const type = res.headers.get('content-type') || '';
    if (!type.includes('html')) return { url, status: res.status, title: '' };
    return { url, status: res.status, title: extractTitle(await res.text()) };
  } catch (e) {
    return { url, status: 0, title: '', error: e.name };
  } finally {
    clearTimeout(timer);
  }
}

async function pool(items, limit, worker) {
  const results = new Array(items.length);
  let next = 0;
  async function run() {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

async function main() {
  const file = process.argv[2] || 'urls.txt';
  const urls = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
  const results = await pool(urls, LIMIT, fetchTitle);
  for (const r of results) {
    console.log(`${r.status}\t${r.url}\t${r.error || r.title}`);
  }
}

main();
