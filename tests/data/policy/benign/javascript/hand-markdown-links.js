#!/usr/bin/env node
// Check the external links in Markdown files with a small concurrency limit.
'use strict';

const fs = require('fs');
const path = require('path');

const dir = path.resolve(process.argv[2] || 'docs');
const LINK = /\[[^\]]*\]\((https?:\/\/[^)\s]+)\)/g;

function markdownFiles(d) {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) return markdownFiles(p);
    return e.name.endsWith('.md') ? [p] : [];
  });
}

function collect() {
  const links = new Map();
  for (const file of markdownFiles(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(LINK)) {
      if (!links.has(m[1])) links.set(m[1], []);
      links.get(m[1]).push(path.relative(dir, file));
    }
  }
  return links;
}

async function check(url) {
  try {
    let res = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(10000) });
    if (res.status === 405) res = await fetch(url, { signal: AbortSignal.timeout(10000) });
    return res.status;
  } catch (e) {
    return e.name;
  }
}

async function main() {
  const links = collect();
  const urls = [...links.keys()];
  const broken = [];
  let i = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (i < urls.length) {
        const url = urls[i++];
        const status = await check(url);
        if (status !== 200) broken.push({ url, status });
      }
    }),
  );
  for (const b of broken) console.log(`${b.status}\t${b.url}\t(${links.get(b.url).join(', ')})`);
  console.log(`${urls.length} links checked, ${broken.length} broken`);
  process.exitCode = broken.length ? 1 : 0;
}

main();
