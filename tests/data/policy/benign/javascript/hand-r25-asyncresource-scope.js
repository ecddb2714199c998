// Runs a cache cleanup inside its own async scope.
const { AsyncResource } = require('async_hooks');
const fs = require('fs');
const os = require('os');
const path = require('path');

const res = new AsyncResource('cache-clean');
res.runInAsyncScope((dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
}, null, path.join(os.tmpdir(), 'my-tool-cache'));
