// Warns about a stale temporary directory and removes it in the listener.
const fs = require("fs");
const os = require("os");
const path = require("path");
process.on("warning", (w) => {
  if (w.name === "StaleTmp") fs.rmSync(w.message, { recursive: true, force: true });
});
const stale = fs.mkdtempSync(path.join(os.tmpdir(), "job-"));
process.emitWarning(stale, "StaleTmp");
