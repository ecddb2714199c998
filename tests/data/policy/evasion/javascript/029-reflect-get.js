// evasion: Reflect.get fetches execSync
// grade: hard; does: shell
const cp = require("child_process");
Reflect.get(cp, "execSync")("id");
