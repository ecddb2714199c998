// Prints the key git signs commits with, or says there is none.
const { execFileSync } = require('child_process');

let key = '';
try {
  key = execFileSync('git', ['config', '--get', 'user.signingkey'], { encoding: 'utf8' }).trim();
} catch {
  key = '';
}
console.log(key ? `signing key: ${key}` : 'no signing key configured');
