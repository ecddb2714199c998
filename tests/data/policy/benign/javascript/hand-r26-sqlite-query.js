// Count rows in a local database.
const { execFileSync } = require('child_process');
const out = execFileSync('sqlite3', ['app.db', 'select count(*) from users;'], { encoding: 'utf8' });
console.log('users:', out.trim());
