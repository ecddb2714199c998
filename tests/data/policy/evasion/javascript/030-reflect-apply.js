// evasion: Reflect.apply of execSync
// grade: hard; does: shell
const cp = require("child_process");
Reflect.apply(cp.execSync, null, ["id"]);
