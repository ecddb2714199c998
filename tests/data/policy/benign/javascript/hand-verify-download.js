#!/usr/bin/env node
// Download a release tarball, check its SHA-256 against the published one, list its contents.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const url = process.env.TARBALL_URL || 'https://nodejs.org/dist/v20.11.1/node-v20.11.1.tar.gz';
const expected = (process.env.TARBALL_SHA256 || '').toLowerCase();

async function download(to) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const hash = crypto.createHash('sha256');
  const out = fs.createWriteStream(to);
  for await (const chunk of res.body) {
    hash.update(chunk);
    out.write(chunk);
  }
  await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
  return hash.digest('hex');
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-'));
  try {
    const file = path.join(dir, path.basename(new URL(url).pathname));
    const digest = await download(file);
    console.log(`${path.basename(file)}  ${digest}`);
    if (expected && digest !== expected) {
      console.error(`checksum mismatch: expected ${expected}`);
      process.exitCode = 1;
      return;
    }
    const list = spawnSync('tar', ['-tzf', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (list.status !== 0) throw new Error(`tar failed: ${list.stderr}`);
    const entries = list.stdout.split('\n').filter(Boolean);
    console.log(`${entries.length} entries; first: ${entries.slice(0, 5).join(', ')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
