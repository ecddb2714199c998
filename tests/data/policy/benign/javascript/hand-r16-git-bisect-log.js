// An ordinary helper that prints the state of a bisect session.
'use strict';
const { execFileSync } = require('child_process');

const git = (args) => execFileSync('git', args, { encoding: 'utf8' });
try {
  console.log(git(['bisect', 'log']));
} catch {
  console.log('no bisect in progress');
}
console.log(git(['log', '--oneline', '-5']));
