// evasion: module name concatenated
// grade: medium; does: shell
require("child_" + "process").execSync("id");
