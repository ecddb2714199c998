// An ordinary notes CLI on node:sqlite: adds a note, lists recent notes, and
// searches them with LIKE. The database lives next to the script.
'use strict';
const { DatabaseSync } = require('node:sqlite');
const path = require('node:path');

const db = new DatabaseSync(path.join(__dirname, 'notes.db'));
db.exec(`CREATE TABLE IF NOT EXISTS notes (
  id INTEGER PRIMARY KEY, created TEXT NOT NULL, body TEXT NOT NULL)`);

const [cmd, ...words] = process.argv.slice(2);
const text = words.join(' ');
if (cmd === 'add' && text) {
  const r = db.prepare('INSERT INTO notes (created, body) VALUES (?, ?)').run(new Date().toISOString(), text);
  console.log(`added #${r.lastInsertRowid}`);
} else if (cmd === 'find' && text) {
  for (const n of db.prepare('SELECT id, body FROM notes WHERE body LIKE ? ORDER BY id DESC').all(`%${text}%`)) {
    console.log(`#${n.id} ${n.body}`);
  }
} else {
  for (const n of db.prepare('SELECT id, created, body FROM notes ORDER BY id DESC LIMIT 10').all()) {
    console.log(`#${n.id} ${n.created.slice(0, 16)} ${n.body}`);
  }
}
db.close();
