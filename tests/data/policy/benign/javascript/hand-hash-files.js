#!/usr/bin/env node
// Write a SHA-256 manifest of every file under a directory (like sha256sum -r).
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const IGNORE = new Set(['.git', 'node_modules', '.cache']);

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (IGNORE.has(entry.name)) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else if (entry.isFile()) yield p;
  }
}

function hashFile(file) {
  return new Promise((resolve, reject) => {
    const h = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('data', (d) => h.update(d))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

async function main() {
  const root = path.resolve(process.argv[2] || '.');
  const out = process.argv[3];
  const lines = [];
  let bytes = 0;
  for (const file of walk(root)) {
    const digest = await hashFile(file);
    bytes += fs.statSync(file).size;
    lines.push(`${digest}  ${path.relative(root, file)}`);
  }
  lines.sort((a, b) => a.slice(66).localeCompare(b.slice(66)));
  const text = lines.join('\n') + '\n';
  if (out) fs.writeFileSync(out, text);
  else process.stdout.write(text);
  console.error(`${lines.length} files, ${(bytes / 1024).toFixed(1)} KiB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
