#!/usr/bin/env node
// Count primes in ranges using a pool of worker threads running this same file.
'use strict';

const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const os = require('os');

function countPrimes(from, to) {
  let n = 0;
  for (let i = Math.max(2, from); i < to; i++) {
    let prime = true;
    for (let d = 2; d * d <= i; d++) {
      if (i % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) n++;
  }
  return n;
}

if (!isMainThread) {
  parentPort.postMessage(countPrimes(workerData.from, workerData.to));
} else {
  const limit = Number(process.argv[2] || 2_000_000);
  const threads = Math.min(os.cpus().length, Number(process.env.THREADS || 4));
  const step = Math.ceil(limit / threads);
  const started = process.hrtime.bigint();
  const jobs = [];
  for (let t = 0; t < threads; t++) {
    const from = t * step;
    const to = Math.min(limit, from + step);
    jobs.push(
      new Promise((resolve, reject) => {
        const w = new Worker(__filename, { workerData: { from, to } });
        w.once('message', resolve);
        w.once('error', reject);
        w.once('exit', (code) => code !== 0 && reject(new Error(`worker exited ${code}`)));
      }),
    );
  }
  Promise.all(jobs).then((counts) => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const total = counts.reduce((a, b) => a + b, 0);
    console.log(`${total} primes below ${limit} (${threads} threads, ${ms.toFixed(0)} ms)`);
  });
}
