// Runs the project's npm scripts in order and stops at the first failure.
const { spawnSync } = require('child_process');

for (const target of ['lint', 'build', 'test']) {
  const r = spawnSync('npm', ['run', '-s', target], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('npm run', target, 'failed');
    process.exit(r.status || 1);
  }
}
