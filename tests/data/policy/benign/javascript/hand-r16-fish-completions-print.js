// An ordinary CLI that prints its fish completions for the user to save.
'use strict';
const cmds = ['build', 'test', 'lint', 'deploy'];
const lines = cmds.map((c) => `complete -c mytool -n __fish_use_subcommand -a ${c}`);
process.stdout.write(lines.join('\n') + '\n');
