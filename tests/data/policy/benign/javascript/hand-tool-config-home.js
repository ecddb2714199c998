// An ordinary CLI that keeps its settings in ~/.config/todo-cli/config.json:
// reads them (creating defaults), lets the user set a key, and writes them
// back. Reading its own config from the home directory is routine.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const DIR = path.join(os.homedir(), '.config', 'todo-cli');
const FILE = path.join(DIR, 'config.json');
const DEFAULTS = { sort: 'due', color: true, dataFile: path.join(DIR, 'todos.json') };

function load() {
  try {
    return { ...DEFAULTS, ...JSON.parse(fs.readFileSync(FILE, 'utf8')) };
  } catch {
    return { ...DEFAULTS };
  }
}

function save(cfg) {
  fs.mkdirSync(DIR, { recursive: true });
  fs.writeFileSync(FILE, JSON.stringify(cfg, null, 2) + '\n');
}

function coerce(v) {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

const [cmd, key, value] = process.argv.slice(2);
const cfg = load();
if (cmd === 'get') console.log(key ? cfg[key] : cfg);
else if (cmd === 'set' && key) { cfg[key] = coerce(value); save(cfg); console.log(`${key} = ${cfg[key]}`); }
else if (cmd === 'reset') { save(DEFAULTS); console.log('reset'); }
else console.log('usage: todo-config get [key] | set key value | reset');
