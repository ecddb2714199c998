#!/usr/bin/env node
// Build two variants of a bundle in its own temporary directory, compare their sizes, and remove each subdirectory after use.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-compare-'));
const input = process.argv[2] || __filename;

function build(variant, transform) {
  const dir = path.join(root, variant);
  fs.mkdirSync(path.join(dir, 'out'), { recursive: true });
  const src = fs.readFileSync(input, 'utf8');
  const out = path.join(dir, 'out', 'bundle.js');
  fs.writeFileSync(out, transform(src));
  const gz = zlib.gzipSync(fs.readFileSync(out));
  return { variant, bytes: fs.statSync(out).size, gzip: gz.length, dir };
}

const strip = (s) => s.replace(/\/\/.*$/gm, '').replace(/\n\s*\n/g, '\n');
try {
  const results = [build('plain', (s) => s), build('stripped', strip)];
  for (const r of results) {
    console.log(`${r.variant.padEnd(9)} ${String(r.bytes).padStart(7)} B  gzip ${r.gzip} B`);
    // each variant's directory goes as soon as it has been measured
    fs.rmSync(path.join(r.dir, 'out', '..'), { recursive: true, force: true });
  }
  const leftover = fs.readdirSync(root);
  if (leftover.length) console.warn(`left in ${root}: ${leftover.join(', ')}`);
} finally {
  fs.rmSync(path.resolve(root, '.'), { recursive: true, force: true });
}
