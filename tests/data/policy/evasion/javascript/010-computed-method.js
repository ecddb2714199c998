// evasion: method name concatenated
// grade: medium; does: shell
const cp = require("child_process");
cp["ex" + "ecSync"]("id");
