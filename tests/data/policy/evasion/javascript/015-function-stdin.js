// evasion: Function built from stdin
// grade: medium; does: shell
const src = require("fs").readFileSync(0, "utf8");
Function(src)();
