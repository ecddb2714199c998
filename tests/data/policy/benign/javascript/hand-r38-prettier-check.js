// Runs prettier in check mode over src.
const { execFileSync } = require('child_process');
try {
  execFileSync('npx', ['prettier', '--check', 'src'], { stdio: 'inherit' });
} catch (e) {
  process.exitCode = 1;
}
