const fs = require('fs');
const os = require('os');
const path = require('path');

const note = new Error('disk full');
const file = path.join(os.tmpdir(), 'last-error.txt');
fs.writeFileSync(file, `${note}\n`);
console.log(fs.readFileSync(file, 'utf8'));
