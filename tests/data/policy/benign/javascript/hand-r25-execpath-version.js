// Prints the runtime version by re-launching it.
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['--version'], { encoding: 'utf8' });
console.log(r.stdout.trim());
