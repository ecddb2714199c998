// Ordinary CLI tool: a bookmarks store on node:sqlite in the project's data
// directory (add / list / search), with prepared statements.
'use strict';
const { DatabaseSync } = require('node:sqlite');
const fs = require('node:fs');
const path = require('node:path');

const dataDir = path.join(__dirname, 'data');
fs.mkdirSync(dataDir, { recursive: true });
const db = new DatabaseSync(path.join(dataDir, 'bookmarks.db'));
db.exec(`CREATE TABLE IF NOT EXISTS bookmarks (
  id INTEGER PRIMARY KEY, url TEXT UNIQUE, title TEXT, added TEXT DEFAULT CURRENT_TIMESTAMP)`);

const [cmd, ...rest] = process.argv.slice(2);
switch (cmd) {
  case 'add': {
    const [url, ...title] = rest;
    db.prepare('INSERT OR IGNORE INTO bookmarks (url, title) VALUES (?, ?)').run(url, title.join(' '));
    console.log('added', url);
    break;
  }
  case 'search': {
    const q = `%${rest.join(' ')}%`;
    for (const r of db.prepare('SELECT url, title FROM bookmarks WHERE title LIKE ? OR url LIKE ?').all(q, q)) {
      console.log(`${r.title}  ${r.url}`);
    }
    break;
  }
  default:
    for (const r of db.prepare('SELECT id, url, title FROM bookmarks ORDER BY id').all()) {
      console.log(String(r.id).padStart(4), r.title || '-', r.url);
    }
}
db.close();
