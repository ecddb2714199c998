// Prints the names of the changed packages as an English list.
const { execFileSync } = require('child_process');

const changed = execFileSync('git', ['diff', '--name-only', 'HEAD~1'], { encoding: 'utf8' })
  .split('\n').filter(Boolean).map((f) => f.split('/')[1]).filter(Boolean);
const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format([...new Set(changed)]);
console.log('Changed:', list || 'nothing');
