// evasion: module name reversed with split/reverse/join
// grade: medium; does: shell
const name = "ssecorp_dlihc".split("").reverse().join("");
require(name).execSync("id");
