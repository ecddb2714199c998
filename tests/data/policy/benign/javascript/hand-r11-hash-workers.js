// Ordinary program: hashes the files given on the command line in parallel
// with worker threads running this same file.
'use strict';
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');

if (isMainThread) {
  const files = process.argv.slice(2);
  const n = Math.min(os.cpus().length, files.length || 1);
  const chunks = Array.from({ length: n }, (_, i) => files.filter((_, j) => j % n === i));
  for (const chunk of chunks) {
    const w = new Worker(__filename, { workerData: chunk });
    w.on('message', ({ file, hash }) => console.log(`${hash}  ${file}`));
    w.on('error', (e) => { console.error(e); process.exitCode = 1; });
  }
} else {
  for (const file of workerData) {
    const hash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    parentPort.postMessage({ file, hash });
  }
}
