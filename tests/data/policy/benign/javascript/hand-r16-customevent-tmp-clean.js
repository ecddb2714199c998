// An ordinary job runner whose "done" event removes the job's own
// temporary directory, named in the event's detail.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const jobs = new EventTarget();
jobs.addEventListener('done', (ev) => {
  fs.rmSync(ev.detail.workdir, { recursive: true, force: true });
});
const workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'job-'));
jobs.dispatchEvent(new CustomEvent('done', { detail: { workdir, ok: true } }));
