// Lists the viewers configured in the user's mailcap (read only).
const fs = require("fs");
const os = require("os");
const path = require("path");
const file = path.join(os.homedir(), ".mailcap");
if (fs.existsSync(file)) {
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line && !line.startsWith("#")) console.log(line.split(";")[0]);
  }
}
