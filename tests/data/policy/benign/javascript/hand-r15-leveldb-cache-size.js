// An ordinary disk-usage report: the size of each Electron app's
// Local Storage folder under ~/.config, without reading the files.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = path.join(os.homedir(), '.config');
for (const app of fs.readdirSync(base)) {
  const db = path.join(base, app, 'Local Storage', 'leveldb');
  let size = 0;
  try {
    for (const n of fs.readdirSync(db)) size += fs.statSync(path.join(db, n)).size;
  } catch { continue; }
  console.log(app.padEnd(24), (size / 1024).toFixed(1), 'KiB');
}
