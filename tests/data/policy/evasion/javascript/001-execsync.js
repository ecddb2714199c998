// evasion: child_process.execSync with a literal
// grade: easy; does: shell
require("child_process").execSync("id", { stdio: "inherit" });
