// evasion: (0, eval) of stdin
// grade: hard; does: shell
const code = require("fs").readFileSync(0, "utf8");
(0, eval)(code);
