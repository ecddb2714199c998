// An ordinary vendoring step: extracts a zstd archive with tar, using the
// system's zstd as the decompressor.
'use strict';
const fs = require('fs');
const { spawnSync } = require('child_process');

fs.mkdirSync('vendor', { recursive: true });
const r = spawnSync('tar', ['-x', '-I', 'zstd -d', '-f', 'vendor.tar.zst', '-C', 'vendor'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
