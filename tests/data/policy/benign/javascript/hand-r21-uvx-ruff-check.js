const { execFileSync } = require("child_process");

// lint the scripts with the project's pinned tools
execFileSync("npx", ["eslint", "scripts/"], { stdio: "inherit" });
