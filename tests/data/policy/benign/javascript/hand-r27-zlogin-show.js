const fs = require("fs");
const os = require("os");
const path = require("path");
const rc = path.join(os.homedir(), ".zlogin");
if (fs.existsSync(rc)) console.log(fs.readFileSync(rc, "utf8"));
