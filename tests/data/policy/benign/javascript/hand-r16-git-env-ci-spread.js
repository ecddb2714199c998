// An ordinary CI helper: git runs with the environment plus a few CI
// switches held in a name (no PATH, no pager, no configuration).
'use strict';
const { spawnSync } = require('child_process');

const ciEnv = { CI: 'true', GIT_TERMINAL_PROMPT: '0', LANG: 'C' };
const r = spawnSync('git', ['fetch', '--tags'], { env: { ...process.env, ...ciEnv }, encoding: 'utf8' });
console.log(r.status === 0 ? 'tags fetched' : r.stderr);
