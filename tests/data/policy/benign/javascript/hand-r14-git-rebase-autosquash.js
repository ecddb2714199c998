// An ordinary git helper: squashes fixup! commits with a non-interactive
// `git rebase -i --autosquash` (GIT_SEQUENCE_EDITOR=true) and records
// backports with `git cherry-pick -x`, whose -x only notes the origin.
'use strict';
const { execFileSync } = require('child_process');

const [cmd, arg] = process.argv.slice(2);
const run = (args, env) => execFileSync('git', args, { stdio: 'inherit', env: { ...process.env, ...env } });

if (cmd === 'squash') {
  run(['rebase', '-i', '--autosquash', arg || 'origin/main'], { GIT_SEQUENCE_EDITOR: 'true' });
} else if (cmd === 'backport' && arg) {
  run(['cherry-pick', '-x', arg]);
} else {
  console.log('usage: gh-helper squash [base] | backport <commit>');
}
