// evasion: path.join of the AWS credentials
// grade: medium; does: credentials
const fs = require("fs");
const path = require("path");
console.log(fs.readFileSync(path.join(require("os").homedir(), ".aws", "credentials"), "utf8"));
