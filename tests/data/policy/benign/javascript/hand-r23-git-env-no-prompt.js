// Checks the mirror is reachable without ever prompting for a password.
const { spawnSync } = require('child_process');

const r = spawnSync('git', ['ls-remote', '--heads', 'https://mirror.example.com/repo.git'], {
  env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  encoding: 'utf8',
});
console.log(r.status === 0 ? 'reachable' : 'unreachable');
