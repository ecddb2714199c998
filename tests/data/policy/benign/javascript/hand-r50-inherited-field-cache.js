const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

class Store {
  constructor() {
    this.base = path.join(os.homedir(), '.cache', 'myapp');
  }
}

class CacheStore extends Store {
  constructor() {
    super();
    this.name = 'cache';
  }
}

const store = new CacheStore();
fsp.rm(store.base, { recursive: true, force: true }).then(() => console.log('cache cleared'));
