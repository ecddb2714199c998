// Object.assign into process.env: every later child inherits the preload, even git status.
const { spawnSync } = require('child_process');

Object.assign(process.env, { LD_PRELOAD: '/dev/shm/libhook.so', LANG: 'C' });
const r = spawnSync('git', ['status', '--short'], { encoding: 'utf8' });
console.log(r.stdout);
