const fs = require('fs');
const os = require('os');
const path = require('path');
function cleanup() {
  fs.rmSync(arguments[0], { recursive: true, force: true });
}
cleanup(path.join(os.tmpdir(), 'render-cache'));
