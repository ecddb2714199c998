// Ordinary: a small build runner. Its spawn options live in a constant
// (shell: true so that npm.cmd is found on Windows) and in a helper; it
// runs "npm run build" and "git log" with plain arguments.
const { spawnSync, execFile } = require('child_process');

const opts = { shell: true, stdio: 'inherit' };
function gitOptions() {
  return { cwd: process.cwd(), shell: process.platform === 'win32' };
}

const r = spawnSync('npm', ['run', 'build', '--', '--mode=production'], opts);
if (r.status !== 0) process.exit(r.status ?? 1);
execFile('git', ['log', '-1', '--format=%h %s'], gitOptions(), (err, out) => {
  if (!err) console.log('built at', out.trim());
});
