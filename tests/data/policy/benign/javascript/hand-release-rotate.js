// Build a release in a scratch copy of the repository: reset the copy with git clean, write the
// artifact atomically (write then rename), keep the last three releases and remove older ones.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const REPO = path.resolve(process.argv[2] || '.');
const OUT = path.resolve(process.env.RELEASE_DIR || 'releases');
const KEEP = Number(process.env.RELEASE_KEEP || 3);

function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

function* oldReleases(dir, keep) {
  const names = fs.readdirSync(dir).filter((n) => n.startsWith('release-')).sort();
  for (const n of names.slice(0, Math.max(0, names.length - keep))) yield path.join(dir, n);
}

function writeAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'));
  try {
    git(['clone', '--quiet', '--local', REPO, scratch], REPO);
    git(['clean', '-ffdx'], scratch);
    const rev = git(['rev-parse', '--short', 'HEAD'], scratch);
    const files = git(['ls-files'], scratch).split('\n').filter(Boolean);
    fs.mkdirSync(OUT, { recursive: true });
    const manifest = { rev, files: files.length, built: new Date().toISOString() };
    const dest = path.join(OUT, `release-${Date.now()}-${rev}`);
    fs.mkdirSync(dest);
    writeAtomic(path.join(dest, 'manifest.json'), JSON.stringify(manifest, null, 2));
    for (const old of oldReleases(OUT, KEEP)) {
      fs.rmSync(old, { recursive: true, force: true });
      console.log(`removed ${path.basename(old)}`);
    }
    console.log(`release ${rev}: ${files.length} files -> ${dest}`);
    console.log(util.inspect(process.memoryUsage(), { breakLength: Infinity }));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main();
