#!/usr/bin/env node
// Rotate the application's own log files: gzip logs older than a day, delete archives older than N days.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');

const LOG_DIR = path.resolve(process.env.LOG_DIR || path.join(__dirname, 'logs'));
const KEEP_DAYS = Number(process.env.KEEP_DAYS || 14);
const DAY = 24 * 60 * 60 * 1000;

async function gzipFile(file) {
  await pipeline(fs.createReadStream(file), zlib.createGzip(), fs.createWriteStream(`${file}.gz`));
  await fs.promises.unlink(file);
}

async function main() {
  if (!fs.existsSync(LOG_DIR)) {
    console.log(`no log directory at ${LOG_DIR}`);
    return;
  }
  const now = Date.now();
  let zipped = 0;
  let removed = 0;
  for (const name of await fs.promises.readdir(LOG_DIR)) {
    const file = path.join(LOG_DIR, name);
    const st = await fs.promises.stat(file);
    if (!st.isFile()) continue;
    const age = now - st.mtimeMs;
    if (name.endsWith('.log') && age > DAY) {
      await gzipFile(file);
      zipped++;
    } else if (name.endsWith('.log.gz') && age > KEEP_DAYS * DAY) {
      await fs.promises.unlink(file);
      removed++;
    }
  }
  console.log(`rotated ${zipped}, removed ${removed} in ${LOG_DIR}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
