// An ordinary commit helper: sets the author through git's own environment
// variables and commits staged changes.
'use strict';
const { spawnSync } = require('child_process');

const r = spawnSync('git', ['commit', '-m', 'chore: update lockfile'], {
  env: { ...process.env, GIT_AUTHOR_NAME: 'Release Bot', GIT_AUTHOR_EMAIL: 'bot@example.com' },
  encoding: 'utf8',
});
console.log(r.status, r.stdout);
