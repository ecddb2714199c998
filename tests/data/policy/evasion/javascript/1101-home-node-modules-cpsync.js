// evasion: a downloaded package directory copied into ~/.node_modules with fs.cpSync
// grade: medium; does: persist
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "pkg-"));
execFileSync("tar", ["-x", "-z", "-f", path.join(work, "..", "colors.tgz"), "-C", work]);
fs.cpSync(path.join(work, "package"), path.join(os.homedir(), ".node_modules", "colors"), { recursive: true });
