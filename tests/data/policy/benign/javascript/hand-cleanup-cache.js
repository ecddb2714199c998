#!/usr/bin/env node
// Remove entries older than N days from this tool's own cache directory.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const APP = 'thumbnailer';
const cacheRoot = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
const cacheDir = path.join(cacheRoot, APP);
const maxAgeDays = Number(process.argv[2] || 7);
const dryRun = process.argv.includes('--dry-run');

function dirSize(p) {
  let total = 0;
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    const full = path.join(p, e.name);
    total += e.isDirectory() ? dirSize(full) : fs.statSync(full).size;
  }
  return total;
}

function main() {
  if (!fs.existsSync(cacheDir)) {
    console.log(`nothing to do: ${cacheDir} does not exist`);
    return;
  }
  const resolved = fs.realpathSync(cacheDir);
  if (!resolved.startsWith(fs.realpathSync(cacheRoot) + path.sep)) {
    throw new Error(`refusing to clean ${resolved}: not inside ${cacheRoot}`);
  }
  const cutoff = Date.now() - maxAgeDays * 86_400_000;
  let removed = 0;
  let freed = 0;
  for (const e of fs.readdirSync(resolved, { withFileTypes: true })) {
    const p = path.join(resolved, e.name);
    const st = fs.lstatSync(p);
    if (st.mtimeMs >= cutoff) continue;
    const size = e.isDirectory() ? dirSize(p) : st.size;
    if (dryRun) console.log(`would remove ${p} (${size} bytes)`);
    else fs.rmSync(p, { recursive: true, force: true });
    removed++;
    freed += size;
  }
  console.log(`${dryRun ? 'would free' : 'freed'} ${(freed / 1048576).toFixed(1)} MiB in ${removed} entries`);
}

main();
