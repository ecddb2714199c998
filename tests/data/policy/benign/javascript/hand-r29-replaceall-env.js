// Expands %TMP% in a configured scratch path with a function and removes the scratch directory.
const fs = require("fs");
const os = require("os");
const dir = "%TMP%/scratch-build".replaceAll("%TMP%", function () {
  return os.tmpdir();
});
fs.rm(dir, { recursive: true, force: true }, () => {});
