#!/usr/bin/env node
// Compress yesterday's and older *.log files in a log directory with gzip and remove the
// originals once the .gz is written; keep at most N compressed files.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');

const dir = path.resolve(process.argv[2] || './logs');
const keep = Number(process.env.LOG_KEEP || 14);
const dayMs = 24 * 3600 * 1000;

async function compress(file) {
  const gz = file + '.gz';
  await pipeline(fs.createReadStream(file), zlib.createGzip({ level: 9 }), fs.createWriteStream(gz));
  const { size } = fs.statSync(gz);
  if (size > 0) fs.unlinkSync(file);
  return gz;
}

(async () => {
  if (!fs.existsSync(dir)) {
    console.error(`no such directory: ${dir}`);
    process.exit(1);
  }
  const now = Date.now();
  const logs = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.log'))
    .map((n) => path.join(dir, n))
    .filter((f) => now - fs.statSync(f).mtimeMs > dayMs);
  for (const f of logs) console.log('compressed', path.basename(await compress(f)));

  const archives = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.log.gz'))
    .map((n) => ({ f: path.join(dir, n), t: fs.statSync(path.join(dir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of archives.slice(keep)) {
    fs.unlinkSync(f);
    console.log('removed old', path.basename(f));
  }
})();
