#!/usr/bin/env node
// Download a list of URLs with a concurrency limit, save them to ./downloads and print their SHA-256.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const listFile = process.argv[2] || 'urls.txt';
const outDir = path.resolve(process.env.DOWNLOAD_DIR || 'downloads');
const LIMIT = Number(process.env.CONCURRENCY || 4);

function fileNameFor(url) {
  const u = new URL(url);
  const base = path.basename(u.pathname) || 'index.html';
  return base.replace(/[^\w.-]/g, '_');
}

async function download(url) {
  const res = await fetch(url, { redirect: 'follow' });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const buf = Buffer.from(await res.arrayBuffer());
  const dest = path.join(outDir, fileNameFor(url));
  await fs.promises.writeFile(dest, buf);
  const digest = crypto.createHash('sha256').update(buf).digest('hex');
  return { url, dest, bytes: buf.length, digest };
}

async function pool(items, limit, worker) {
  const results = new Array(items.length);
  let next = 0;
  async function run() {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { ok: true, value: await worker(items[i]) };
      } catch (err) {
        results[i] = { ok: false, error: err.message };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

async function main() {
  const urls = fs
    .readFileSync(listFile, 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
  await fs.promises.mkdir(outDir, { recursive: true });
  const results = await pool(urls, LIMIT, download);
  let failed = 0;
  for (const r of results) {
    if (r.ok) console.log(`${r.value.digest}  ${r.value.bytes}\t${r.value.dest}`);
    else {
      failed++;
      console.error(`FAIL ${r.error}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main();
