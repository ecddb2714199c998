const { rm } = require('fs/promises');
const os = require('os');
const path = require('path');

class Store {
  #dir = path.join(os.tmpdir(), 'store-cache');
  get dir() {
    return this.#dir;
  }
}

const store = new Store();
rm(store.dir, { recursive: true, force: true }).then(() => console.log('reset'));
