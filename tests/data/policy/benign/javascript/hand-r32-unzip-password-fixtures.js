// Unpacks the password-protected test fixtures into a temporary directory.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const dest = fs.mkdtempSync(path.join(os.tmpdir(), "zip-"));
execFileSync("unzip", ["-q", "-P", "fixtures", path.join(__dirname, "fixtures.zip"), "-d", dest]);
console.log(fs.readdirSync(dest));
