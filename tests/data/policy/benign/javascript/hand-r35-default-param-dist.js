// Removes the build output; the directory defaults to ./dist next to this script.
const fs = require("fs");
const path = require("path");
function clean(dir = path.join(__dirname, "dist"), opts = { recursive: true, force: true }) {
  fs.rmSync(dir, opts);
  console.log("cleaned", dir);
}
clean();
