// An ordinary cache command: the tool keeps its cache in
// $XDG_CACHE_HOME/thumbnailer (~/.cache/thumbnailer); `clean` removes that
// directory only, `size` reports it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
const dir = path.join(base, 'thumbnailer');

function size(d) {
  let n = 0;
  for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
    const p = path.join(d, e.name);
    n += e.isDirectory() ? size(p) : fs.statSync(p).size;
  }
  return n;
}

if (process.argv[2] === 'clean') {
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('removed', dir);
} else {
  console.log(`${dir}: ${(size(dir) / 1024).toFixed(0)} KiB`);
}
