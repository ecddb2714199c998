// evasion: spawn of $SHELL
// grade: easy; does: shell
const { spawn } = require('child_process');
const p = spawn(process.env.SHELL || '/bin/sh', ['-c', 'id'], { stdio: 'inherit' });
