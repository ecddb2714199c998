// Prints where the project is, relative to the home directory.
const os = require('os');
const path = require('path');

console.log(path.relative(os.homedir(), process.cwd()) || '.');
