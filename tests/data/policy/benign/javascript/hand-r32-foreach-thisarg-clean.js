// Cleans the build's output folders, the base directory given as forEach's thisArg.
const fs = require("fs");
const path = require("path");
["dist", "coverage"].forEach(function (name) {
  fs.rmSync(path.join(this.base, name), { recursive: true, force: true });
}, { base: __dirname });
