// Sets the output directory through the environment for later steps and cleans it first.
const fs = require("fs");
const path = require("path");
process.env.OUT_DIR = path.join(__dirname, "out");
fs.rmSync(process.env.OUT_DIR, { recursive: true, force: true });
fs.mkdirSync(process.env.OUT_DIR, { recursive: true });
