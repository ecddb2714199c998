// Remove the listed build folders through an object stream.
'use strict';
const fs = require('fs');
const { Readable } = require('stream');

Readable.from(['dist', 'coverage', '.cache'], { objectMode: true }).on('data', (dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
});
