// Hash many files in parallel with worker threads running this same file.
'use strict';
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');

if (!isMainThread) {
  for (const file of workerData.files) {
    try {
      const digest = crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');
      parentPort.postMessage({ file, digest });
    } catch (err) {
      parentPort.postMessage({ file, error: err.code || err.message });
    }
  }
  return;
}

function chunks(list, n) {
  const out = Array.from({ length: n }, () => []);
  list.forEach((x, i) => out[i % n].push(x));
  return out.filter((c) => c.length);
}

async function main() {
  const files = process.argv.slice(2);
  if (!files.length) {
    console.error('usage: worker-file-hash FILE...');
    process.exit(2);
  }
  const n = Math.min(os.availableParallelism ? os.availableParallelism() : 2, files.length);
  const results = [];
  await Promise.all(chunks(files, n).map((part) => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: { files: part } });
    w.on('message', (m) => results.push(m));
    w.on('error', reject);
    w.on('exit', resolve);
  })));
  results.sort((a, b) => a.file.localeCompare(b.file));
  for (const r of results) console.log(r.error ? `${r.file}: ${r.error}` : `${r.digest}  ${r.file}`);
}

main();
