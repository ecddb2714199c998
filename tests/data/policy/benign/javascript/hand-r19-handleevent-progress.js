// Progress reporting through an EventTarget whose listener is an object with handleEvent.
const fs = require('fs');
const os = require('os');
const path = require('path');

const progress = new EventTarget();
const reporter = {
  seen: 0,
  handleEvent(ev) {
    this.seen++;
    console.log(`[${this.seen}] ${ev.type}: ${ev.detail}`);
  },
};
progress.addEventListener('step', reporter);
const out = path.join(os.tmpdir(), 'report.txt');
fs.writeFileSync(out, 'report\n');
progress.dispatchEvent(new CustomEvent('step', { detail: 'wrote ' + out }));
fs.rmSync(out, { force: true });
progress.dispatchEvent(new CustomEvent('step', { detail: 'removed ' + out }));
