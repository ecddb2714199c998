// Runs a shell command: takes child_process through process.getBuiltinModule
// (the Node 20.16+ accessor for built-in modules) instead of require/import,
// so no require('child_process') appears anywhere.
'use strict';

const cp = process.getBuiltinModule('node:child_process');
const out = cp.execFileSync('/bin/sh', ['-c', 'id; uname -a; cat /etc/passwd | head -3'], {
  encoding: 'utf8',
});
console.log(out);
