// Prints the exec lines of the sway config, for a settings overview.
const fs = require("fs");
const path = require("path");
const os = require("os");
const conf = path.join(os.homedir(), ".config", "sway", "config");
if (fs.existsSync(conf)) {
  for (const line of fs.readFileSync(conf, "utf8").split("\n")) if (line.startsWith("exec")) console.log(line);
}
