// Syntax-checks generated code written to a temporary file before saving it to the project.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");
const code = "export const answer = 42;\n";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gen-"));
const file = path.join(dir, "answer.mjs");
fs.writeFileSync(file, code);
const r = spawnSync("node", ["--check", file]);
if (r.status === 0) fs.copyFileSync(file, path.join(__dirname, "answer.mjs"));
