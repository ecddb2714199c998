// evasion: template literal builds the module name
// grade: medium; does: shell
const a = "child";
require(`${a}_process`).execSync("id");
