// Shows which submodules are out of date.
const { spawnSync } = require('child_process');

const r = spawnSync('git', ['submodule', 'status', '--recursive'], { encoding: 'utf8' });
for (const line of r.stdout.split('\n')) if (line.startsWith('+')) console.log('stale:', line.slice(1));
