// Reruns the test command when a file changes, using fs.watch.
const fs = require("fs");
const { spawnSync } = require("child_process");
fs.watch("src", { recursive: true }, () => {
  spawnSync("npm", ["test"], { stdio: "inherit" });
});
