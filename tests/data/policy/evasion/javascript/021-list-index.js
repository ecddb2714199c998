// evasion: module picked from a list by index
// grade: medium; does: shell
const mods = ["fs", "path", "child_process"];
require(mods[2]).execSync("id");
