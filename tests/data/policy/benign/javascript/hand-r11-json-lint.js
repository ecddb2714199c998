// Ordinary program: walks a directory tree and checks that every .json
// file parses and has the required top-level keys, printing a report.
'use strict';
const fs = require('fs');
const path = require('path');

const required = (process.env.REQUIRED_KEYS || 'name,version').split(',');

function* walk(dir) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) yield* walk(p);
    else if (ent.name.endsWith('.json')) yield p;
  }
}

let bad = 0;
for (const file of walk(process.argv[2] || '.')) {
  let doc;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    bad++; console.log(`${file}: invalid JSON (${e.message})`); continue;
  }
  const missing = required.filter((k) => !(k in Object(doc)));
  if (missing.length) { bad++; console.log(`${file}: missing ${missing.join(', ')}`); }
}
console.log(bad ? `${bad} problem(s)` : 'all JSON files ok');
process.exitCode = bad ? 1 : 0;
