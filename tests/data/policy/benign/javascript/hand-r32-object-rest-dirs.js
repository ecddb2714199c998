// Splits the settings into a name and the scratch directories, and removes those.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { name, ...dirs } = { name: "tool", work: fs.mkdtempSync(path.join(os.tmpdir(), "w-")), out: "./out" };
console.log("cleaning", name);
for (const d of Object.values(dirs)) fs.rmSync(d, { recursive: true, force: true });
