// Fetches every remote without prompting for a password.
const { spawnSync } = require('child_process');

spawnSync('git', ['fetch', '--all', '--prune'], {
  stdio: 'inherit',
  env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
});
