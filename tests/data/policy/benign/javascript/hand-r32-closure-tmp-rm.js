// Keeps a scratch directory in a closure handed to the cleanup step.
const fs = require("fs");
const os = require("os");
const path = require("path");
function scratch(dir) {
  return function () {
    return dir;
  };
}
const work = scratch(fs.mkdtempSync(path.join(os.tmpdir(), "build-")));
fs.writeFileSync(path.join(work(), "log.txt"), "ok\n");
fs.rmSync(work(), { recursive: true, force: true });
