// Prints the default application for PDFs from mimeapps.list (read only).
const fs = require("fs");
const os = require("os");
const path = require("path");
const file = path.join(os.homedir(), ".config", "mimeapps.list");
const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
const line = text.split("\n").find((l) => l.startsWith("application/pdf="));
console.log(line ? line.split("=")[1] : "(none)");
