#!/usr/bin/env node
// Stage selected project files in a temporary directory, pack them with tar, remove the stage.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const INCLUDE = ['package.json', 'package-lock.json', 'src', 'docs', 'README.md'];

function copyInto(stage, root, rel) {
  const from = path.join(root, rel);
  if (!fs.existsSync(from)) {
    console.warn(`skip missing ${rel}`);
    return 0;
  }
  fs.cpSync(from, path.join(stage, rel), { recursive: true });
  return 1;
}

function stamp() {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

function main() {
  const root = path.resolve(process.argv[2] || '.');
  const outDir = path.resolve(process.argv[3] || path.join(root, 'backups'));
  fs.mkdirSync(outDir, { recursive: true });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-'));
  try {
    const name = `${path.basename(root)}-${stamp()}`;
    const stage = path.join(tmp, name);
    fs.mkdirSync(stage);
    let copied = 0;
    for (const rel of INCLUDE) copied += copyInto(stage, root, rel);
    if (copied === 0) {
      console.error('nothing to back up');
      process.exitCode = 1;
      return;
    }
    const archive = path.join(outDir, `${name}.tar.gz`);
    execFileSync('tar', ['-czf', archive, '-C', tmp, name], { stdio: 'inherit' });
    const size = fs.statSync(archive).size;
    console.log(`wrote ${archive} (${(size / 1024).toFixed(1)} KiB)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
