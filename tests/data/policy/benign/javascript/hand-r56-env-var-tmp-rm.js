const fs = require('fs');
const os = require('os');
const path = require('path');
process.env.BUILD_SCRATCH = path.join(os.tmpdir(), 'build-scratch');
fs.mkdirSync(process.env.BUILD_SCRATCH, { recursive: true });
fs.rmSync(process.env.BUILD_SCRATCH, { recursive: true, force: true });
