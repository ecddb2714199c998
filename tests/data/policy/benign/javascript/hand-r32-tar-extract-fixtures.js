// Unpacks the test fixtures archive into a fresh temporary directory.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const dest = fs.mkdtempSync(path.join(os.tmpdir(), "fx-"));
execFileSync("tar", ["-x", "-f", path.join(__dirname, "fixtures.tar"), "-C", dest]);
console.log(dest);
