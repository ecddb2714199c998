// Writes the completion script into the package's dist folder for packaging.
const fs = require('fs');
const path = require('path');

const out = path.join(__dirname, 'dist', 'completion.bash');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, 'complete -W "build test lint" mytool\n');
console.log('wrote', out);
