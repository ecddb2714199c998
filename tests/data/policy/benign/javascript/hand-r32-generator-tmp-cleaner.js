// A cleaner generator that is sent temporary directories to remove.
const fs = require("fs");
const os = require("os");
const path = require("path");
function* cleaner() {
  while (true) {
    const dir = yield;
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
const it = cleaner();
it.next();
it.next(fs.mkdtempSync(path.join(os.tmpdir(), "job-")));
