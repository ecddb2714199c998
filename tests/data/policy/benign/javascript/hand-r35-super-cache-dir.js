// A cache whose location comes from its base class; reset() empties it.
const fs = require("fs");
const os = require("os");
const path = require("path");
class Store {
  location() {
    return path.join(os.tmpdir(), "thumbs-cache");
  }
}
class ThumbCache extends Store {
  reset() {
    fs.rmSync(super.location(), { recursive: true, force: true });
    fs.mkdirSync(super.location(), { recursive: true });
  }
}
new ThumbCache().reset();
