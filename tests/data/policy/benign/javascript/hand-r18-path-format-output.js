// Builds an output file path from its parts and writes it.
const fs = require('fs');
const path = require('path');
const file = path.format({ dir: 'out', name: 'report', ext: '.txt' });
fs.mkdirSync('out', { recursive: true });
fs.writeFileSync(file, 'ok\n');
