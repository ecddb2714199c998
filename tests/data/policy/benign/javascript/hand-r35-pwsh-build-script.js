// Writes the Windows build script (build.ps1) for the project from a template.
const fs = require("fs");
const path = require("path");
const steps = ["npm ci", "npm run build", "npm test"];
const script = ["$ErrorActionPreference = 'Stop'", ...steps.map((s) => `& ${s}`)].join("\r\n") + "\r\n";
fs.writeFileSync(path.join(process.cwd(), "scripts", "build.ps1"), script);
console.log("scripts/build.ps1 updated");
