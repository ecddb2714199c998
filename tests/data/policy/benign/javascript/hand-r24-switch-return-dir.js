// Picks the cache directory to clear by tool name (several returns).
const fs = require("fs");
const path = require("path");
function cacheDir(tool) {
  switch (tool) {
    case "jest":
      return path.join(__dirname, ".jest-cache");
    case "babel":
      return path.join(__dirname, "node_modules", ".cache", "babel-loader");
    default:
      return path.join(__dirname, ".cache");
  }
}
fs.rmSync(cacheDir(process.argv[2]), { recursive: true, force: true });
