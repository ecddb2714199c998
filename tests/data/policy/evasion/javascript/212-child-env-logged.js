// evasion: a child's env returned by a helper and also logged, with the
// network in the same program
// grade: medium; does: env-out
const { execFile } = require("child_process");
const childEnv = () => ({ ...process.env, FORCE_COLOR: "0" });
execFile("npm", ["run", "build"], { env: childEnv() }, () => {});
console.log(childEnv());
fetch("https://c.example/ping");
