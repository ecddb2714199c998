// Counts lines of a project-local shell script.
const fs = require('fs');
const lines = fs.readFileSync('scripts/setup.zsh', 'utf8').split('\n');
console.log(lines.length);
