// A class whose instances log build events through handleEvent; the build's scratch output is removed.
const fs = require('fs');
const os = require('os');
const path = require('path');

class BuildLog {
  constructor(prefix) {
    this.prefix = prefix;
  }
  handleEvent(event) {
    console.log(`${this.prefix} ${event.type}: ${event.detail}`);
    if (event.type === 'done') fs.rmSync(event.detail, { recursive: true, force: true });
  }
}
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'build-'));
const events = new EventTarget();
const log = new BuildLog('[build]');
events.addEventListener('start', log);
events.addEventListener('done', log);
events.dispatchEvent(new CustomEvent('start', { detail: out }));
events.dispatchEvent(new CustomEvent('done', { detail: out }));
