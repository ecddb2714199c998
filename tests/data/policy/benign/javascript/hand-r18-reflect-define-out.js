// An options object whose output directory is cleared before a build.
const fs = require('fs');
const opts = {};
Reflect.defineProperty(opts, 'out', { value: 'dist', writable: false });
fs.rmSync(opts.out, { recursive: true, force: true });
