#!/usr/bin/env node
// Load a CSV export into a SQLite table (better-sqlite3), creating the table from the header.
// Usage: node hand-csv-to-sqlite.js data.csv out.db [table]
'use strict';
const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((f) => f !== ''));
}

function columnType(values) {
  if (values.every((v) => v === '' || /^-?\d+$/.test(v))) return 'INTEGER';
  if (values.every((v) => v === '' || !Number.isNaN(Number(v)))) return 'REAL';
  return 'TEXT';
}

const [, , csvPath, dbPath, tableArg] = process.argv;
if (!csvPath || !dbPath) {
  console.error('usage: hand-csv-to-sqlite.js data.csv out.db [table]');
  process.exit(2);
}
const table = (tableArg || path.basename(csvPath, '.csv')).replace(/\W/g, '_');
const [header, ...data] = parseCsv(fs.readFileSync(csvPath, 'utf8'));
const cols = header.map((h) => h.trim().replace(/\W/g, '_') || 'col');
const types = cols.map((_, i) => columnType(data.map((r) => r[i] ?? '')));

const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.exec(`CREATE TABLE IF NOT EXISTS "${table}" (${cols.map((c, i) => `"${c}" ${types[i]}`).join(', ')})`);
const insert = db.prepare(`INSERT INTO "${table}" VALUES (${cols.map(() => '?').join(', ')})`);
const insertAll = db.transaction((rows) => {
  for (const r of rows) insert.run(cols.map((_, i) => (r[i] === '' ? null : r[i])));
});
insertAll(data);
const { n } = db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get();
console.log(`${table}: ${n} rows (${cols.map((c, i) => `${c}:${types[i]}`).join(', ')})`);
db.close();
