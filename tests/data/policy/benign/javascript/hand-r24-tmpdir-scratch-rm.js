// Makes a scratch directory under the temp dir and removes it afterwards.
const fs = require("fs");
const os = require("os");
const path = require("path");
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "job-"));
fs.writeFileSync(path.join(scratch, "a.txt"), "hello");
fs.rmSync(scratch, { recursive: true, force: true });
