const fs = require('fs');
const os = require('os');
const path = require('path');

const configured = process.argv.slice(2);
const [dir = path.join(os.tmpdir(), 'build-scratch')] = configured;
fs.rmSync(dir, { recursive: true, force: true });
console.log('removed', dir);
