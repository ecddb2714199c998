// Ordinary deploy helper: copies ./dist into ./releases/<timestamp>, points the
// ./current symlink at it atomically (symlink + rename), and deletes all but
// the five newest releases under ./releases.
'use strict';

const fs = require('fs');
const path = require('path');

const base = __dirname;
const releases = path.join(base, 'releases');
const current = path.join(base, 'current');
const KEEP = 5;

function stamp() {
  return new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

fs.mkdirSync(releases, { recursive: true });
const target = path.join(releases, stamp());
fs.cpSync(path.join(base, 'dist'), target, { recursive: true });

const tmpLink = current + '.tmp';
try { fs.unlinkSync(tmpLink); } catch { /* not there */ }
fs.symlinkSync(target, tmpLink);
fs.renameSync(tmpLink, current);
console.log(`current -> ${path.relative(base, target)}`);

const old = fs.readdirSync(releases).sort().reverse().slice(KEEP);
for (const name of old) {
  fs.rmSync(path.join(releases, name), { recursive: true, force: true });
  console.log(`pruned ${name}`);
}
