// Clean scratch directories registered under their owner objects.
const fs = require('fs');
const os = require('os');
const path = require('path');

const owner = { name: 'build' };
const roots = new Map([[owner, path.join(os.tmpdir(), 'build-scratch')]]);
fs.rmSync(roots.get(owner), { recursive: true, force: true });
