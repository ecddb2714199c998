// Ordinary program: loads the tool's own settings from
// ~/.config/notely/config.json (creating defaults when missing), merges
// command line overrides and saves them back.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'notely');
const file = path.join(dir, 'config.json');
const defaults = { editor: 'vi', notesDir: path.join(os.homedir(), 'notes'), theme: 'light' };

function load() {
  try {
    return { ...defaults, ...JSON.parse(fs.readFileSync(file, 'utf8')) };
  } catch (e) {
    if (e.code !== 'ENOENT') console.error(`ignoring broken ${file}: ${e.message}`);
    return { ...defaults };
  }
}

function save(cfg) {
  fs.mkdirSync(dir, { recursive: true });
  const tmp = file + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(cfg, null, 2) + '\n');
  fs.renameSync(tmp, file);
}

const cfg = load();
for (const arg of process.argv.slice(2)) {
  const [k, v] = arg.split('=');
  if (k in defaults && v !== undefined) cfg[k] = v;
}
save(cfg);
console.log(JSON.stringify(cfg, null, 2));
