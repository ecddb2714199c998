// Ordinary program: snapshot test helper. Writes fixture files into a fresh
// temp directory from fs.mkdtempSync, runs the slugify function on each, compares
// with the stored snapshot and removes the temp directory recursively.
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert');

function slugify(s) {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const fixtures = { 'a.txt': 'Hello, World!', 'b.txt': 'Crème Brûlée  Recipe', 'c.txt': '  --x--  ' };
const snapshot = { 'a.txt': 'hello-world', 'b.txt': 'creme-brulee-recipe', 'c.txt': 'x' };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'slug-'));
try {
  for (const [name, body] of Object.entries(fixtures)) fs.writeFileSync(path.join(tmp, name), body);
  for (const name of fs.readdirSync(tmp)) {
    const got = slugify(fs.readFileSync(path.join(tmp, name), 'utf8'));
    assert.strictEqual(got, snapshot[name], name);
  }
  console.log('all snapshots match');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
