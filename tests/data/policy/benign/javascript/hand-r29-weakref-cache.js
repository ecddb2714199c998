// A cache entry behind a WeakRef; its temporary directory is removed when still reachable.
const fs = require("fs");
const os = require("os");
const path = require("path");
const ref = new WeakRef({ dir: fs.mkdtempSync(path.join(os.tmpdir(), "c-")) });
const held = ref.deref();
if (held) fs.rmSync(held.dir, { recursive: true, force: true });
