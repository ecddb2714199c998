// evasion: Function.prototype.call.bind over execSync
// grade: very-hard; does: shell
const cp = require("child_process");
const call = Function.prototype.call.bind(cp.execSync);
call(null, "id");
