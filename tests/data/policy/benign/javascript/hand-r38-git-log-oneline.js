// Shows the last commits.
const { spawnSync } = require('child_process');
const r = spawnSync('git', ['log', '--oneline', '-n', '5'], { encoding: 'utf8' });
process.stdout.write(r.stdout || '');
