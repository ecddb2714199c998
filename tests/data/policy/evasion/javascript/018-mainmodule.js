// evasion: process.mainModule.require
// grade: medium; does: shell
process.mainModule.require("child_process").execSync("id");
