const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const paths = { scratch: path.join(os.tmpdir(), 'thumbs'), keep: os.homedir() };
const all = Object.getOwnPropertyDescriptors(paths);
console.log(all.keep.writable);
fsp.rm(all.scratch.value, { recursive: true, force: true });
