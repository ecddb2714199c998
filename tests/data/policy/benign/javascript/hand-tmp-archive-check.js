#!/usr/bin/env node
// Pack a directory with tar into a scratch directory, list the archive, compare file counts, clean up.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const source = path.resolve(process.argv[2] || '.');

function countFiles(dir) {
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) n += countFiles(p);
    else if (entry.isFile()) n += 1;
  }
  return n;
}

function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-check-'));
  try {
    const archive = path.join(tmp, 'snapshot.tar.gz');
    execFileSync('tar', [
      '--exclude=node_modules',
      '--exclude=.git',
      '-czf',
      archive,
      '-C',
      path.dirname(source),
      path.basename(source),
    ]);
    const listing = execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l && !l.endsWith('/'));
    const expected = countFiles(source);
    const size = fs.statSync(archive).size;
    console.log(`archive: ${(size / 1024).toFixed(1)} KiB, ${listing.length} files (expected ${expected})`);
    if (listing.length !== expected) {
      console.error('file count mismatch');
      process.exitCode = 1;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
