// Removes each output directory listed in a small table.
const fs = require("fs");
const path = require("path");
const outputs = { dist: path.join(__dirname, "dist"), coverage: "./coverage" };
for (const dir of Object.values(outputs)) fs.rmSync(dir, { recursive: true, force: true });
