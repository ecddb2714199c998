// Writes a project-local init template that `npm init --init-module ./init.js` can use.
const fs = require("fs");
const path = require("path");
const body = `module.exports = { name: basename || "app", version: "0.1.0", license: "MIT" };\n`;
fs.writeFileSync(path.join(process.cwd(), "init.js"), body);
console.log("wrote init.js");
