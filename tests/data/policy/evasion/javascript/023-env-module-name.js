// evasion: module name from the environment
// grade: medium; does: shell
require(process.env.HELPER || "child_process").execSync("id");
