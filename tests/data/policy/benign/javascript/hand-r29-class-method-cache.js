// A layout class whose method names the cache directory, which is cleared.
const fs = require("fs");
const os = require("os");
const path = require("path");
class Layout {
  cacheRoot() {
    return path.join(os.homedir(), ".cache", "myapp");
  }
}
fs.rmSync(new Layout().cacheRoot(), { recursive: true, force: true });
