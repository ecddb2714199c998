// The target arrives through a logical assignment default (??=).
const fs = require("fs");
const os = require("os");

function clean(opts = {}) {
  opts.dir ??= os.homedir();
  opts.force ||= true;
  fs.rmSync(opts.dir, { recursive: true, force: opts.force });
}
clean();
