// Ordinary data tool: counts words in text files in parallel with
// worker_threads; the small worker body is an inline literal started with
// { eval: true } so the tool stays a single file.
'use strict';

const { Worker } = require('worker_threads');
const fs = require('fs');
const path = require('path');

const WORKER_SRC = `
const { parentPort, workerData } = require('worker_threads');
const fs = require('fs');
const text = fs.readFileSync(workerData.file, 'utf8');
const words = text.split(/\\s+/).filter(Boolean).length;
parentPort.postMessage({ file: workerData.file, words });
`;

function count(file) {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_SRC, { eval: true, workerData: { file } });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

async function main() {
  const dir = path.resolve(process.argv[2] || '.');
  const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).map((f) => path.join(dir, f));
  const results = await Promise.all(files.map(count));
  let total = 0;
  for (const r of results.sort((a, b) => b.words - a.words)) {
    total += r.words;
    console.log(`${String(r.words).padStart(8)}  ${path.basename(r.file)}`);
  }
  console.log(`${String(total).padStart(8)}  total`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
