// evasion: exec aliased and called from a timer
// grade: medium; does: shell
const { exec } = require('child_process');
const run = exec;
setTimeout(() => run('id', (e, out) => console.log(out)), 0);
