// Ordinary: checks that the project's own .env file defines every variable
// listed in .env.example, printing only the names that are missing (never the
// values).
'use strict';
const fs = require('fs');
const path = require('path');

function parse(file) {
  const out = new Map();
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

const root = process.argv[2] || process.cwd();
const expected = parse(path.join(root, '.env.example'));
const actual = parse(path.join(root, '.env'));
const missing = [...expected.keys()].filter((k) => !actual.has(k) || actual.get(k) === '');
if (missing.length) {
  console.error(`missing in .env: ${missing.join(', ')}`);
  process.exitCode = 1;
} else {
  console.log(`all ${expected.size} variables set`);
}
