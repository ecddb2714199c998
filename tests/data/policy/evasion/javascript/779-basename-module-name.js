// Runs a shell: the module's name is the basename of a path without its
// extension, path.basename('/.../child_process.js', '.js').
'use strict';
const path = require('path');

const impl = path.basename('/usr/lib/node/internal/child_process.js', '.js');
const cp = require(impl);
cp.execFileSync('/bin/sh', ['-c', 'id; uname -a'], { stdio: 'inherit' });
