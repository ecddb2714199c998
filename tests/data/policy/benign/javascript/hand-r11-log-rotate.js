// Ordinary program: rotates app.log in ./logs (app.log -> app.log.1 ...),
// gzips the rotated files and deletes the ones beyond the keep count.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dir = path.resolve('logs');
const base = 'app.log';
const keep = Number(process.argv[2] || 5);

function name(i) { return path.join(dir, i === 0 ? base : `${base}.${i}.gz`); }

if (!fs.existsSync(name(0))) { console.log('nothing to rotate'); process.exit(0); }
for (let i = keep; i >= 1; i--) {
  const from = name(i);
  if (!fs.existsSync(from)) continue;
  if (i === keep) fs.unlinkSync(from);
  else fs.renameSync(from, name(i + 1));
}
fs.writeFileSync(name(1), zlib.gzipSync(fs.readFileSync(name(0))));
fs.truncateSync(name(0), 0);
for (const f of fs.readdirSync(dir)) {
  const m = /^app\.log\.(\d+)\.gz$/.exec(f);
  if (m && Number(m[1]) > keep) fs.unlinkSync(path.join(dir, f));
}
console.log(`rotated ${base}, keeping ${keep}`);
