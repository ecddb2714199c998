// evasion: module name from JSON.parse
// grade: very-hard; does: shell
const cfg = JSON.parse('{"m":"child_process"}');
require(cfg.m).execSync("id");
