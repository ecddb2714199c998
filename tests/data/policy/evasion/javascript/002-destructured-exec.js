// evasion: destructured exec runs a shell
// grade: easy; does: shell
const { exec } = require("child_process");
exec("sh -c id", (e, out) => console.log(out));
