// Lists the dependencies of the project's pyproject.toml (Poetry section).
const { readFile } = require("node:fs/promises");
(async () => {
  const text = await readFile("pyproject.toml", "utf8");
  let inDeps = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("[")) inDeps = line.trim() === "[tool.poetry.dependencies]";
    else if (inDeps && line.includes("=")) console.log(line.split("=")[0].trim());
  }
})();
