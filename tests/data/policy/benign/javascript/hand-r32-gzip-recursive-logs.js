// Compresses last month's logs under the project's logs directory.
const { execFileSync } = require("child_process");
const path = require("path");
execFileSync("gzip", ["-r", "-9", path.join(__dirname, "logs", "2024-05")]);
console.log("compressed logs");
