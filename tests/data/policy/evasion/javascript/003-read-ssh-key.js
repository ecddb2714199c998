// evasion: reads the SSH key from the home directory
// grade: easy; does: credentials
const fs = require("fs");
const os = require("os");
console.log(fs.readFileSync(os.homedir() + "/.ssh/id_rsa", "utf8"));
