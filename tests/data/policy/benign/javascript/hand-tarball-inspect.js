#!/usr/bin/env node
// Download an npm package tarball into a private temporary directory,
// unpack it with tar, report its size and file count, then clean up.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const pkg = process.argv[2] || 'left-pad';
const registry = process.env.NPM_REGISTRY || 'https://registry.npmjs.org';

function walk(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(p);
      files += sub.files;
      bytes += sub.bytes;
    } else if (entry.isFile()) {
      files += 1;
      bytes += fs.statSync(p).size;
    }
  }
  return { files, bytes };
}

async function main() {
  const meta = await (await fetch(`${registry}/${pkg}/latest`)).json();
  const tarUrl = meta.dist.tarball;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-inspect-'));
  try {
    const archive = path.join(tmp, 'package.tgz');
    const res = await fetch(tarUrl);
    if (!res.ok) throw new Error(`download failed: ${res.status}`);
    fs.writeFileSync(archive, Buffer.from(await res.arrayBuffer()));
    const out = path.join(tmp, 'out');
    fs.mkdirSync(out);
    const r = spawnSync('tar', ['-xzf', archive, '-C', out], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('tar failed');
    const { files, bytes } = walk(out);
    console.log(`${meta.name}@${meta.version}: ${files} files, ${(bytes / 1024).toFixed(1)} KiB unpacked`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
