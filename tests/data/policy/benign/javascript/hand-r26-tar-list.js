// List the contents of a release archive.
const { spawnSync } = require('child_process');
const r = spawnSync('tar', ['-tf', 'release.tar'], { encoding: 'utf8' });
for (const line of r.stdout.split('\n').filter(Boolean)) console.log(' -', line);
