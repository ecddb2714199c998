// Writes notes to a file in the project directory.
const fs = require('fs');
const path = require('path');
const target = path.resolve('notes', 'session.txt');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, 'started\n', { flag: 'a' });
