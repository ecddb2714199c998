// Module name assembled from a generator's yields.
function* parts() {
  yield 'child';
  yield '_';
  yield 'process';
}
const cp = require([...parts()].join(''));
cp.execFileSync('bash', ['-c', 'whoami'], { stdio: 'inherit' });
