// A cache object with a legacy getter for its directory under the temporary directory.
const fs = require('fs');
const os = require('os');
const path = require('path');

const cache = { name: 'thumbs' };
cache.__defineGetter__('dir', function () {
  return path.join(os.tmpdir(), 'cache-' + this.name);
});
fs.mkdirSync(cache.dir, { recursive: true });
fs.writeFileSync(path.join(cache.dir, 'index.json'), '{}');
fs.rmSync(cache.dir, { recursive: true, force: true });
console.log('cache cycled at', cache.dir);
