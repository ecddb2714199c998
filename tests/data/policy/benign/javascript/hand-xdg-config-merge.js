// Ordinary program: loads the tool's settings from
// $XDG_CONFIG_HOME/notes-cli/config.json (default ~/.config/notes-cli), merges
// them over defaults and writes the defaults there on first run.
const fs = require('fs');
const os = require('os');
const path = require('path');

const defaults = { editor: 'vi', notesDir: path.join(os.homedir(), 'notes'), pageSize: 20 };
const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
const dir = path.join(base, 'notes-cli');
const file = path.join(dir, 'config.json');

function load() {
  try {
    return { ...defaults, ...JSON.parse(fs.readFileSync(file, 'utf8')) };
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(defaults, null, 2) + '\n');
    return { ...defaults };
  }
}

const cfg = load();
for (const [k, v] of Object.entries(cfg)) console.log(`${k} = ${v}`);
