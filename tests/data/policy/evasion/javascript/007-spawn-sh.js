// evasion: spawn sh -c
// grade: easy; does: shell
const { spawn } = require("child_process");
spawn("sh", ["-c", "id"], { stdio: "inherit" });
