// Check that every variable listed in .env.example is set, before the app starts; print what is missing.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

function readExample(file) {
  const names = [];
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const name = (eq === -1 ? line : line.slice(0, eq)).replace(/^export\s+/, '').trim();
    const optional = /#\s*optional/i.test(line);
    if (/^[A-Z_][A-Z0-9_]*$/.test(name)) names.push({ name, optional });
  }
  return names;
}

function main() {
  const example = path.resolve(process.argv[2] || '.env.example');
  if (!fs.existsSync(example)) {
    console.error(`no ${example}`);
    process.exit(2);
  }
  const wanted = readExample(example);
  const missing = [];
  const empty = [];
  for (const { name, optional } of wanted) {
    const value = process.env[name];
    if (value === undefined) {
      if (!optional) missing.push(name);
    } else if (value === '') {
      empty.push(name);
    }
  }
  console.log(`${wanted.length} variables in ${path.basename(example)}`);
  if (empty.length) console.log(`set but empty: ${empty.join(', ')}`);
  if (missing.length) {
    console.error(`missing: ${missing.join(', ')}`);
    process.exit(1);
  }
  console.log('all required variables are set');
}

main();
