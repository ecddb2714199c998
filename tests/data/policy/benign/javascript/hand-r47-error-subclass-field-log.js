class StaleCacheError extends Error {
  constructor(location) {
    super('stale cache');
    this.name = 'StaleCacheError';
    this.location = location;
  }
}

try {
  throw new StaleCacheError('./cache/v1');
} catch (err) {
  console.error(`${err.name}: ${err.message} at ${err.location}`);
}
