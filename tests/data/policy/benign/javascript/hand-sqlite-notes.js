#!/usr/bin/env node
// Keep short notes in a local SQLite database (better-sqlite3).
'use strict';

const path = require('path');
const os = require('os');
const Database = require('better-sqlite3');

const dbFile = process.env.NOTES_DB || path.join(os.homedir(), '.notes.sqlite');
const db = new Database(dbFile);
db.pragma('journal_mode = WAL');
db.exec(`CREATE TABLE IF NOT EXISTS notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created TEXT NOT NULL DEFAULT (datetime('now')),
  tag TEXT,
  body TEXT NOT NULL
)`);

const insert = db.prepare('INSERT INTO notes (tag, body) VALUES (?, ?)');
const byTag = db.prepare('SELECT id, created, body FROM notes WHERE tag = ? ORDER BY id DESC LIMIT ?');
const recent = db.prepare('SELECT id, created, tag, body FROM notes ORDER BY id DESC LIMIT ?');
const remove = db.prepare('DELETE FROM notes WHERE id = ?');

const importMany = db.transaction((rows) => {
  for (const r of rows) insert.run(r.tag || null, r.body);
  return rows.length;
});

const [cmd, ...rest] = process.argv.slice(2);
switch (cmd) {
  case 'add': {
    const tag = rest[0] && rest[0].startsWith('#') ? rest.shift().slice(1) : null;
    const info = insert.run(tag, rest.join(' '));
    console.log(`added note ${info.lastInsertRowid}`);
    break;
  }
  case 'list': {
    const rows = rest[0] ? byTag.all(rest[0], 20) : recent.all(20);
    for (const r of rows) console.log(`${r.id}\t${r.created}\t${r.tag || ''}\t${r.body}`);
    break;
  }
  case 'rm':
    console.log(remove.run(Number(rest[0])).changes ? 'removed' : 'no such note');
    break;
  case 'import': {
    const rows = JSON.parse(require('fs').readFileSync(rest[0], 'utf8'));
    console.log(`imported ${importMany(rows)} notes`);
    break;
  }
  default:
    console.log('usage: notes add [#tag] text | list [tag] | rm id | import file.json');
}
db.close();
