// Wait a moment for watchers to settle, then remove the temp output.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { setTimeout: delay } = require('timers/promises');

(async () => {
  const dir = await delay(100, path.join(os.tmpdir(), 'build-out'));
  await fs.promises.rm(dir, { recursive: true, force: true });
})();
