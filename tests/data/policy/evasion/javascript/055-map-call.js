// evasion: execSync handed to Array.prototype.map
// grade: hard; does: shell
Array.prototype.map.call(["id"], require("child_process").execSync);
