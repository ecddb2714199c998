// Ordinary: prune old log files of the program's own logs directory with
// fs.readdir's callback and a directory handle, as log rotation does.
const fs = require('fs');
const path = require('path');

const logs = path.join(__dirname, 'logs');
fs.mkdirSync(logs, { recursive: true });
const week = 7 * 24 * 3600 * 1000;

fs.readdir(logs, (err, names) => {
  if (err) throw err;
  names
    .filter((n) => n.endsWith('.log'))
    .forEach((n) => {
      const p = path.join(logs, n);
      if (Date.now() - fs.statSync(p).mtimeMs > week) fs.rm(p, () => {});
    });
});

const dir = fs.opendirSync(logs);
let d;
while ((d = dir.readSync()) !== null) {
  if (d.name.endsWith('.tmp')) fs.rmSync(path.join(logs, d.name), { force: true });
}
dir.closeSync();
