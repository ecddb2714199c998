// Repository status with a time limit.
const cp = require('child_process');

function limited(seconds, ...argv) {
  return cp.execFileSync('git', argv, { encoding: 'utf8', timeout: seconds * 1000 });
}
console.log(limited(10, 'status', '--short'));
