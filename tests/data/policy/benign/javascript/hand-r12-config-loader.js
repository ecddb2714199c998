// Ordinary: a CLI tool that loads its settings from ~/.config/notes/config.json
// (created with defaults if missing), merges environment overrides, and prints
// or updates one setting.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const DIR = path.join(os.homedir(), '.config', 'notes');
const FILE = path.join(DIR, 'config.json');
const DEFAULTS = { editor: 'vi', notesDir: path.join(os.homedir(), 'notes'), theme: 'light', pageSize: 20 };

function load() {
  if (!fs.existsSync(FILE)) {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(FILE, JSON.stringify(DEFAULTS, null, 2));
  }
  const cfg = { ...DEFAULTS, ...JSON.parse(fs.readFileSync(FILE, 'utf8')) };
  if (process.env.NOTES_EDITOR) cfg.editor = process.env.NOTES_EDITOR;
  if (process.env.NOTES_THEME) cfg.theme = process.env.NOTES_THEME;
  return cfg;
}

function save(cfg) {
  const tmp = FILE + '.tmp';
  fs.writeFileSync(tmp, JSON.stringify(cfg, null, 2));
  fs.renameSync(tmp, FILE);
}

const [key, value] = process.argv.slice(2);
const cfg = load();
if (!key) console.log(JSON.stringify(cfg, null, 2));
else if (value === undefined) console.log(cfg[key]);
else {
  cfg[key] = /^\d+$/.test(value) ? Number(value) : value;
  save(cfg);
  console.log(`${key} = ${cfg[key]}`);
}
