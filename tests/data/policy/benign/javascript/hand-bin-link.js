#!/usr/bin/env node
// Link the project's CLI into node_modules/.bin (as npm link would for a local
// tool), replacing a stale link, and remove links whose targets are gone.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname);
const bin = path.join(root, 'node_modules', '.bin');
fs.mkdirSync(bin, { recursive: true });

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const entries = typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : pkg.bin || {};

for (const [name, rel] of Object.entries(entries)) {
  const link = path.join(bin, name);
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.join(root, rel), link);
  console.log(`linked ${name} -> ${rel}`);
}

for (const name of fs.readdirSync(bin)) {
  const link = path.join(bin, name);
  if (fs.lstatSync(link).isSymbolicLink() && !fs.existsSync(link)) {
    fs.unlinkSync(link);
    console.log(`removed dangling ${name}`);
  }
}
