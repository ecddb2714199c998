// Merges formatter settings into the workspace's .vscode/settings.json.
const fs = require("fs");
const path = require("path");
const file = path.join(process.cwd(), ".vscode", "settings.json");
const cur = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
Object.assign(cur, { "editor.formatOnSave": true, "editor.defaultFormatter": "esbenp.prettier-vscode" });
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(cur, null, 2) + "\n");
