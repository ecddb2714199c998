// An ordinary worker example: the main thread posts numbers, the worker
// squares them and posts the results back.
'use strict';
const { Worker, isMainThread, parentPort } = require('worker_threads');

if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (r) => { console.log(r); w.terminate(); });
  w.postMessage([1, 2, 3]);
} else {
  parentPort.on('message', (xs) => parentPort.postMessage(xs.map((x) => x * x)));
}
