#!/usr/bin/env node
// Import a CSV file into a SQLite database (better-sqlite3) and print a few aggregates.
'use strict';

const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');

const csvPath = process.argv[2] || 'sales.csv';
const dbPath = process.env.SALES_DB || path.join(__dirname, 'sales.db');

function parseCsvLine(line) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cur += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

function main() {
  const lines = fs.readFileSync(csvPath, 'utf8').split(/\r?\n/).filter(Boolean);
  const header = parseCsvLine(lines.shift());
  const idx = Object.fromEntries(header.map((h, i) => [h.trim().toLowerCase(), i]));

  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE IF NOT EXISTS sales (
    id INTEGER PRIMARY KEY, day TEXT NOT NULL, region TEXT NOT NULL, amount REAL NOT NULL)`);

  const insert = db.prepare('INSERT INTO sales (day, region, amount) VALUES (?, ?, ?)');
  const insertMany = db.transaction((rows) => {
    for (const r of rows) insert.run(r.day, r.region, r.amount);
  });
  insertMany(
    lines.map((l) => {
      const f = parseCsvLine(l);
      return { day: f[idx.day], region: f[idx.region], amount: Number(f[idx.amount]) };
    })
  );

  const byRegion = db
    .prepare('SELECT region, COUNT(*) AS n, ROUND(SUM(amount), 2) AS total FROM sales GROUP BY region ORDER BY total DESC')
    .all();
  console.table(byRegion);
  db.close();
}

main();
