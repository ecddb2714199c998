const { execSync } = require('child_process');

const failure = new Error('retry');
failure.message = 'git status --short';
console.log(execSync(failure.message, { encoding: 'utf8' }));
