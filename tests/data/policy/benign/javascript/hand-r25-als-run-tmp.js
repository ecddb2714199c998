// Request-scoped scratch cleanup in the system temp directory.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ctx = new AsyncLocalStorage();
ctx.run({ id: 1 }, (dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
}, path.join(os.tmpdir(), 'req-scratch'));
