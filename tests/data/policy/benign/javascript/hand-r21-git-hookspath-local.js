const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const hooks = path.join(__dirname, ".githooks");
fs.mkdirSync(hooks, { recursive: true });
const hook = path.join(hooks, "pre-commit");
fs.writeFileSync(hook, "#!/bin/sh\nnpm run lint --silent\n");
fs.chmodSync(hook, 0o755);
console.log(execFileSync("git", ["status", "--short"], { encoding: "utf8" }));
