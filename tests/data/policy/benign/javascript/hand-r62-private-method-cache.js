// A cache with a private eviction method.
const fs = require('fs');
const os = require('os');
const path = require('path');

class DiskCache {
  #dir;
  constructor(name) {
    this.#dir = path.join(os.tmpdir(), name);
    fs.mkdirSync(this.#dir, { recursive: true });
  }
  #evict(file) {
    fs.rmSync(path.join(this.#dir, file), { force: true });
  }
  put(key, value) {
    fs.writeFileSync(path.join(this.#dir, key), value);
  }
  prune(keep) {
    for (const f of fs.readdirSync(this.#dir)) if (!keep.includes(f)) this.#evict(f);
  }
  clear() {
    fs.rmSync(this.#dir, { recursive: true, force: true });
  }
}

const c = new DiskCache('thumbs-cache');
c.put('a', '1');
c.put('b', '2');
c.prune(['a']);
c.clear();
