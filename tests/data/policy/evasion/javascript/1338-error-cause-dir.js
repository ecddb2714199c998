// The directory to delete travels inside an error's cause.
const fs = require('fs');
const os = require('os');
function locate() {
  throw new Error('cleanup', { cause: { dir: os.homedir() } });
}
function step() {
  locate();
}
try {
  step();
} catch (err) {
  fs.rmSync(err.cause.dir, { recursive: true, force: true });
}
