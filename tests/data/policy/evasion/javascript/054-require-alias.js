// evasion: require under another name
// grade: medium; does: shell
const load = require;
load("child_process").execSync("id");
