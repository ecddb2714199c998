#!/usr/bin/env node
// Keep the directories a small export job uses in a Map: its own scratch
// directory (removed at the end), the user's config directory (only read)
// and the output directory given on the command line.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const dirs = new Map();
dirs.set('scratch', fs.mkdtempSync(path.join(os.tmpdir(), 'export-')));
dirs.set('config', path.join(os.homedir(), '.config', 'exporter'));
dirs.set('out', path.resolve(process.argv[2] || 'export'));

function loadSettings() {
  const file = path.join(dirs.get('config'), 'settings.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { format: 'csv' };
}

try {
  const settings = loadSettings();
  const rows = [['name', 'size']];
  for (const name of fs.readdirSync('.')) {
    const st = fs.statSync(name);
    if (st.isFile()) rows.push([name, String(st.size)]);
  }
  const tmp = path.join(dirs.get('scratch'), `files.${settings.format}`);
  fs.writeFileSync(tmp, rows.map((r) => r.join(',')).join('\n') + '\n');
  fs.mkdirSync(dirs.get('out'), { recursive: true });
  fs.copyFileSync(tmp, path.join(dirs.get('out'), path.basename(tmp)));
  console.log(`exported ${rows.length - 1} rows to ${dirs.get('out')}`);
} finally {
  fs.rmSync(dirs.get('scratch'), { recursive: true, force: true });
}
