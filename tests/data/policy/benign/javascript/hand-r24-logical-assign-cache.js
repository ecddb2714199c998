// Cleans a cache directory whose default comes through ??=.
const fs = require("fs");
const path = require("path");
function clean(opts = {}) {
  opts.dir ??= path.join(__dirname, ".cache");
  opts.force ||= true;
  fs.rmSync(opts.dir, { recursive: true, force: opts.force });
}
clean();
