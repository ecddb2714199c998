// Prints the gpg version if installed.
const { spawnSync } = require('child_process');
const r = spawnSync('git', ['--version'], { encoding: 'utf8' });
console.log(r.stdout.trim());
