// Makes a workspace package resolvable by writing a small shim into the project's node_modules.
const fs = require("fs");
const path = require("path");
const dir = path.join(__dirname, "node_modules", "@app", "shared");
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "index.js"), 'module.exports = require("../../../packages/shared/src/index.js");\n');
console.log("linked @app/shared");
