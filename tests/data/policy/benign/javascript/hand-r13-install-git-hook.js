// Ordinary dev helper (husky-like): installs a pre-commit hook that runs the
// project's linter into the current repository's own .git/hooks, found
// with `git rev-parse --git-dir`.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const gitDir = execFileSync('git', ['rev-parse', '--git-dir'], { encoding: 'utf8' }).trim();
const hooks = path.join(gitDir, 'hooks');
fs.mkdirSync(hooks, { recursive: true });
const hook = path.join(hooks, 'pre-commit');
fs.writeFileSync(hook, '#!/bin/sh\nnpx eslint --max-warnings=0 $(git diff --cached --name-only -- "*.js")\n');
fs.chmodSync(hook, 0o755);
console.log('pre-commit hook installed in', hooks);
