const events = require('events');
const fs = require('fs');
const path = require('path');
const os = require('os');
const hub = new events.EventEmitter();
(async () => {
  for await (const [job] of events.on(hub, 'job')) {
    fs.rmSync(path.join(os.tmpdir(), 'jobs', job), { recursive: true, force: true });
    if (job === 'last') break;
  }
})();
hub.emit('job', 'a1');
hub.emit('job', 'last');
