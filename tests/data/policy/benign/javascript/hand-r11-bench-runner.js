// Ordinary program: runs every benchmark script in bench/ with the current
// node binary, each in its own process, and prints a table of the
// ops/sec figures they print as JSON.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const benchDir = path.resolve(__dirname, 'bench');
const rows = [];

for (const file of fs.readdirSync(benchDir).filter((f) => f.endsWith('.bench.js')).sort()) {
  const started = Date.now();
  let result;
  try {
    const out = execFileSync(process.execPath, [path.resolve(benchDir, file), '--json'], {
      encoding: 'utf8',
      timeout: 120000,
    });
    result = JSON.parse(out.trim().split('\n').pop());
  } catch (e) {
    result = { error: e.message.split('\n')[0] };
  }
  rows.push({ file, ms: Date.now() - started, ...result });
}

for (const r of rows) {
  const ops = r.opsPerSec ? r.opsPerSec.toFixed(0).padStart(12) : '      failed';
  console.log(`${r.file.padEnd(32)} ${ops}  (${r.ms} ms)${r.error ? '  ' + r.error : ''}`);
}
