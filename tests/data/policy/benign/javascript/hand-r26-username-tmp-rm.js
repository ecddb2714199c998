// Clear the per-user scratch directory under /tmp.
const fs = require('fs');
const os = require('os');
const path = require('path');
const scratch = path.join('/tmp', 'build-' + os.userInfo().username);
fs.rmSync(scratch, { recursive: true, force: true });
