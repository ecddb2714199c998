// evasion: a file run in a Worker with eval
// grade: medium; does: download-run
const { Worker } = require('worker_threads');
new Worker(require('fs').readFileSync('/tmp/w.js', 'utf8'), { eval: true });
