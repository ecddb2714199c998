// Ordinary: rotates the application's own log files in ./logs: gzips logs
// older than a day and deletes archives older than 14 days.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');

const LOG_DIR = path.join(__dirname, 'logs');
const DAY = 24 * 3600 * 1000;

async function gzip(file) {
  await pipeline(fs.createReadStream(file), zlib.createGzip(), fs.createWriteStream(file + '.gz'));
  fs.unlinkSync(file);
}

async function main() {
  if (!fs.existsSync(LOG_DIR)) return;
  const now = Date.now();
  for (const name of fs.readdirSync(LOG_DIR)) {
    const file = path.join(LOG_DIR, name);
    const age = now - fs.statSync(file).mtimeMs;
    if (name.endsWith('.log') && age > DAY) {
      await gzip(file);
      console.log('compressed', name);
    } else if (name.endsWith('.gz') && age > 14 * DAY) {
      fs.unlinkSync(file);
      console.log('deleted', name);
    }
  }
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
