// Generates nushell completions for the project's CLI into dist/.
const fs = require("fs");
const path = require("path");
const cmds = ["build", "test", "lint", "release"];
const body = cmds.map((c) => `export extern "mytool ${c}" []`).join("\n") + "\n";
const out = path.join("dist", "completions", "mytool.nu");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, body);
console.log(`nushell completions: ${out}`);
