// Ordinary program: reports the size of each model in the Hugging Face hub
// cache (~/.cache/huggingface/hub), largest first; it reads directory
// sizes only, never the token file beside the cache.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function sizeOf(dir) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(p);
    else if (entry.isFile()) total += fs.statSync(p).size;
  }
  return total;
}

const hub = path.join(os.homedir(), '.cache', 'huggingface', 'hub');
if (!fs.existsSync(hub)) {
  console.log('no model cache');
  process.exit(0);
}
const rows = fs.readdirSync(hub)
  .filter((name) => name.startsWith('models--'))
  .map((name) => ({ name: name.slice(8).replace('--', '/'), bytes: sizeOf(path.join(hub, name)) }))
  .sort((a, b) => b.bytes - a.bytes);
for (const r of rows) console.log(`${(r.bytes / 1e6).toFixed(1).padStart(10)} MB  ${r.name}`);
