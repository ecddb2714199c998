// Reads the project's setup.cfg and prints the package name.
const fs = require('fs');
const text = fs.readFileSync('setup.cfg', 'utf8');
const m = /name\s*=\s*(\S+)/.exec(text);
console.log(m ? m[1] : '(none)');
