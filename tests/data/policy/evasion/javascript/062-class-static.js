// evasion: a class field holds the module
// grade: very-hard; does: shell
class T {
  static m = require("child" + "_process");
}
T.m.execSync("id");
