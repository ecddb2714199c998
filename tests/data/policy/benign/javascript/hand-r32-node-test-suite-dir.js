// Runs the project's own test directory with node's test runner and exits with its status.
const path = require("path");
const { spawnSync } = require("child_process");
const r = spawnSync("node", ["--test"], { cwd: path.join(__dirname, "test"), stdio: "inherit" });
process.exit(r.status ?? 1);
