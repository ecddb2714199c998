#!/usr/bin/env node
// Find duplicate files under a directory by size, then SHA-256.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(process.argv[2] || '.');

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile()) yield p;
  }
}

function sha256(file) {
  return new Promise((resolve, reject) => {
    const h = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (d) => h.update(d))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

async function main() {
  const bySize = new Map();
  for (const f of files(root)) {
    const size = fs.statSync(f).size;
    if (size === 0) continue;
    if (!bySize.has(size)) bySize.set(size, []);
    bySize.get(size).push(f);
  }
  const byHash = new Map();
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    for (const f of group) {
      const h = await sha256(f);
      if (!byHash.has(h)) byHash.set(h, []);
      byHash.get(h).push(f);
    }
  }
  let wasted = 0;
  for (const [hash, group] of byHash) {
    if (group.length < 2) continue;
    const size = fs.statSync(group[0]).size;
    wasted += size * (group.length - 1);
    console.log(`${hash.slice(0, 12)} ${size} bytes x${group.length}`);
    for (const f of group) console.log('   ', path.relative(root, f));
  }
  console.log(`wasted: ${(wasted / 1024 / 1024).toFixed(2)} MiB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
