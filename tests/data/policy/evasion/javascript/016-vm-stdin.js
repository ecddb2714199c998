// evasion: vm.runInThisContext of stdin
// grade: medium; does: shell
const vm = require("vm");
vm.runInThisContext(require("fs").readFileSync(0, "utf8"));
