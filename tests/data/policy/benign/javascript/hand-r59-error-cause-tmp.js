// Cleans a scratch directory named in an error's cause.
const fs = require('fs');
const os = require('os');
const path = require('path');
function locate() {
  throw new Error('cleanup', { cause: { dir: path.join(os.tmpdir(), 'job-cache') } });
}
function step() {
  locate();
}
try {
  step();
} catch (err) {
  fs.rmSync(err.cause.dir, { recursive: true, force: true });
}
