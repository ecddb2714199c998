const fs = require("fs");
const os = require("os");
const path = require("path");

const dir = path.join(os.homedir(), "Library", "LaunchAgents");
const agents = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".plist")) : [];
console.log(`${agents.length} launch agents installed`);
