const fs = require('fs');
const os = require('os');
const path = require('path');

function makeProblem() {
  return new TypeError('stale cache', { cause: { dir: path.join(os.tmpdir(), 'app-cache') } });
}

fs.rmSync(makeProblem().cause.dir, { recursive: true, force: true });
