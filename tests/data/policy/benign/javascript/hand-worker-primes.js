#!/usr/bin/env node
// Count primes in a range using one worker thread per CPU; the workers run this same file.
'use strict';

const os = require('os');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

function countPrimes(from, to) {
  let count = 0;
  for (let n = Math.max(2, from); n < to; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

if (!isMainThread) {
  parentPort.postMessage(countPrimes(workerData.from, workerData.to));
} else {
  const limit = Number(process.argv[2] || 200000);
  const threads = Math.min(os.availableParallelism ? os.availableParallelism() : os.cpus().length, 8);
  const step = Math.ceil(limit / threads);
  const started = Date.now();
  const jobs = [];
  for (let i = 0; i < threads; i++) {
    const from = i * step;
    const to = Math.min(limit, from + step);
    jobs.push(
      new Promise((resolve, reject) => {
        const w = new Worker(__filename, { workerData: { from, to } });
        w.once('message', resolve);
        w.once('error', reject);
      }),
    );
  }
  Promise.all(jobs).then((parts) => {
    const total = parts.reduce((a, b) => a + b, 0);
    console.log(`${total} primes below ${limit} (${threads} threads, ${Date.now() - started} ms)`);
    if (limit === 200000 && total !== 17984) process.exitCode = 1;
  });
}
