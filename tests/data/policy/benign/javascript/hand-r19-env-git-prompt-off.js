// Turns git's prompts and pager off for this process, then lists the branches.
const { execFileSync } = require('child_process');

process.env.GIT_TERMINAL_PROMPT = '0';
process.env.GIT_PAGER = 'cat';
process.env.TZ = 'UTC';
const out = execFileSync('git', ['branch', '--list', '--format=%(refname:short)'], { encoding: 'utf8' });
console.log(out.trim().split('\n').length, 'branches');
