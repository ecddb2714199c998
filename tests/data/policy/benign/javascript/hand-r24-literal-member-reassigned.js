// A settings object's command is replaced by the one for the platform.
const { execFileSync } = require("child_process");
const cfg = { cmd: "git", args: ["status"] };
if (process.platform === "win32") cfg.cmd = "git.exe";
cfg.args &&= ["status", "--short"];
console.log(execFileSync(cfg.cmd, cfg.args).toString());
